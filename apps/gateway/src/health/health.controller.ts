import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE } from '@app/contracts';
import { DomainError, ProblemResponse } from '@app/common';
import { Public } from '../auth/public.decorator';
import { CoreClient } from '../core/core-client';
import { GatewayStore } from '../store/gateway-store';

/** The core's readiness is awaited this long, so the probe itself answers within a second. */
export const READY_TIMEOUT_MS = 700;

export class GatewayHealthResponse {
  @ApiProperty({ example: 'ok' }) status!: 'ok';
}

export class GatewayLiveResponse {
  @ApiProperty({ example: 'live' }) status!: 'live';
}

export class GatewayReadyResponse {
  @ApiProperty({ example: 'ready' }) status!: 'ready';
}

/** Health for load balancers and orchestrators: no signature needed. */
@ApiTags('health')
@Controller('v1/health')
@Public()
export class HealthController {
  constructor(
    private readonly core: CoreClient,
    private readonly store: GatewayStore,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'health',
    summary: 'Liveness of the gateway itself (no signature); the same as /v1/health/live',
    security: [],
  })
  @ApiOkResponse({ type: GatewayHealthResponse, description: 'The gateway is up' })
  health(): GatewayHealthResponse {
    return { status: 'ok' };
  }

  @Get('live')
  @ApiOperation({
    operationId: 'healthLive',
    summary: 'Liveness: the gateway process answers (no dependency is checked)',
    security: [],
  })
  @ApiOkResponse({ type: GatewayLiveResponse, description: 'The gateway is up' })
  live(): GatewayLiveResponse {
    return { status: 'live' };
  }

  @Get('ready')
  @ApiOperation({
    operationId: 'healthReady',
    summary: 'Readiness: booking-core is ready and the shared store answers, within a second',
    description:
      'Not ready: 503 CORE_UNAVAILABLE (booking-core or its database is not ready), STORE_UNAVAILABLE ' +
      '(Redis), or SHUTTING_DOWN while this instance stops. Load balancers route only to ready instances.',
    security: [],
  })
  @ApiOkResponse({ type: GatewayReadyResponse, description: 'Ready to take bookings' })
  @ApiResponse({
    status: 503,
    description: 'Not ready. Codes: CORE_UNAVAILABLE, STORE_UNAVAILABLE, SHUTTING_DOWN',
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: getSchemaPath(ProblemResponse) } } },
  })
  async ready(): Promise<GatewayReadyResponse> {
    const [core] = await Promise.all([this.core.ready(READY_TIMEOUT_MS), this.store.get('health:probe')]);
    if (!core)
      throw new DomainError('CORE_UNAVAILABLE', `booking-core was not ready within ${READY_TIMEOUT_MS} ms`, {
        outcome: 'NOT_APPLIED',
      });
    return { status: 'ready' };
  }
}
