import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { StoredResponse } from './idempotency.service';

/**
 * A stored answer to send again, with its own status (201, or the 409 the first request got).
 * Thrown rather than returned because Nest would send a returned value with the route's
 * status; ReplayedResponseFilter sends it as it was.
 */
export class ReplayedResponse extends Error {
  constructor(readonly response: StoredResponse) {
    super('replayed idempotent response');
  }
}

@Catch(ReplayedResponse)
export class ReplayedResponseFilter implements ExceptionFilter<ReplayedResponse> {
  catch(replay: ReplayedResponse, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { status, contentType, body } = replay.response;
    void reply
      .status(status)
      .header('idempotent-replayed', 'true')
      .type(contentType)
      .send(JSON.stringify(body));
  }
}
