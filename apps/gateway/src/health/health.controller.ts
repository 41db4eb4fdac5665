import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';

export class GatewayHealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

@ApiTags('health')
@Controller('v1/health')
export class HealthController {
  @Get()
  @ApiOperation({ summary: 'Liveness of the gateway itself' })
  @ApiOkResponse({ type: GatewayHealthResponse })
  health(): GatewayHealthResponse {
    return { status: 'ok' };
  }
}
