import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/public.decorator';

export class GatewayHealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

@ApiTags('health')
@Controller('v1/health')
export class HealthController {
  @Get()
  @Public()
  @ApiOperation({
    operationId: 'health',
    summary: 'Liveness of the gateway itself (no signature)',
    security: [],
  })
  @ApiOkResponse({ type: GatewayHealthResponse, description: 'The gateway is up' })
  health(): GatewayHealthResponse {
    return { status: 'ok' };
  }
}
