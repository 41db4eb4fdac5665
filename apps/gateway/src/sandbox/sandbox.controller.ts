import { Body, Controller, Get, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional } from 'class-validator';
import { DomainError } from '@app/common';
import { type GatewayRequest, partnerOf } from '../auth/gateway-request';
import { CoreClient, type SandboxClockView } from '../core/core-client';
import { ApiIdempotencyKey, ApiProblems } from '../openapi/api-problems.decorator';

export class SandboxClockRequest {
  @ApiProperty({
    example: '2026-12-01T07:59:50+08:00',
    description: "The instant the sandbox's booking-core should see as now (with its offset)",
  })
  @IsISO8601({ strict: true })
  now!: string;

  @ApiPropertyOptional({
    example: false,
    description: 'false (default): time runs on from `now`; true: it stands still',
  })
  @IsOptional()
  @IsBoolean()
  frozen?: boolean;
}

export class SandboxClockResponse {
  @ApiProperty({ example: '2026-12-01T07:59:50+08:00', description: "booking-core's now" })
  now!: string;
  @ApiProperty({ example: true, description: 'false: real time' })
  set!: boolean;
}

/**
 * Decision 032: a partner rehearses an 08:00 release or a visit day in a hospital's sandbox at
 * any hour. Mounted only when SANDBOX=true (a sandbox deployment: its own booking-core with
 * ENABLE_TEST_CLOCK and its own database); only the partner flagged `sandbox: true` may use it.
 * The clock is booking-core's (the one clock): the gateway forwards the instant and compares
 * nothing itself.
 */
@ApiTags('sandbox')
@Controller('v1/sandbox')
export class SandboxController {
  constructor(private readonly core: CoreClient) {}

  @Get('clock')
  @ApiOperation({ operationId: 'getSandboxClock', summary: "The sandbox's clock" })
  @ApiOkResponse({ type: SandboxClockResponse })
  @ApiProblems({ 403: 'FORBIDDEN: this partner is not the sandbox partner' })
  clock(@Req() request: GatewayRequest): Promise<SandboxClockView> {
    sandboxPartner(request);
    return this.core.sandboxClock();
  }

  @Put('clock')
  @ApiOperation({ operationId: 'setSandboxClock', summary: "Set the sandbox's clock" })
  @ApiOkResponse({ type: SandboxClockResponse })
  @ApiProblems({ 400: 'VALIDATION_FAILED', 403: 'FORBIDDEN: this partner is not the sandbox partner' })
  setClock(@Req() request: GatewayRequest, @Body() body: SandboxClockRequest): Promise<SandboxClockView> {
    sandboxPartner(request);
    return this.core.setSandboxClock(body.now, body.frozen ?? false);
  }

  @Post('reset')
  @HttpCode(200)
  @ApiOperation({ operationId: 'resetSandbox', summary: "The sandbox's clock back to real time" })
  @ApiIdempotencyKey()
  @ApiOkResponse({ type: SandboxClockResponse })
  @ApiProblems({ 403: 'FORBIDDEN: this partner is not the sandbox partner' })
  reset(@Req() request: GatewayRequest): Promise<SandboxClockView> {
    sandboxPartner(request);
    return this.core.resetSandboxClock();
  }
}

function sandboxPartner(request: GatewayRequest): void {
  if (!partnerOf(request).sandbox)
    throw new DomainError(
      'FORBIDDEN',
      'Only the sandbox partner of this sandbox may set its clock or reset it',
    );
}
