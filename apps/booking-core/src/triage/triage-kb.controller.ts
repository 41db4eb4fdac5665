import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { TriageKbVersionView, TriageUsageRow } from '@app/contracts';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import { TriageUsageQuery } from './dto/triage.dto';
import { TriageKbService } from './triage-kb.service';
import { TriageService } from './triage.service';

/** R18: the knowledge base's versions and their publication (ADMIN), and triage use for R17. */
@ApiTags('triage')
@ApiBearerAuth()
@Controller('v1/triage')
@Roles('ADMIN')
export class TriageKbController {
  constructor(
    private readonly kb: TriageKbService,
    private readonly triage: TriageService,
    private readonly clock: ClockService,
  ) {}

  @Get('knowledge-base')
  @ApiOperation({ summary: 'Published knowledge-base versions, newest first (one is current)' })
  @ApiOkResponse({ description: 'Versions with their counts and who published them' })
  versions(): Promise<TriageKbVersionView[]> {
    return this.kb.versions();
  }

  @Post('knowledge-base')
  // A whole knowledge base (clinical content and this hospital's mapping) is ~150 KB of JSON.
  @RouteConfig({ bodyLimit: 2 * 1024 * 1024 })
  @ApiOperation({
    summary: 'Publish a knowledge-base version (validated, audited); it becomes current',
    description:
      'The document of data/triage/v<N> merged (see docs/decisions/020). Refused with TRIAGE_KB_INVALID and the ' +
      'problems when a reference dangles, a specialty maps to no active department or a symptom is unreachable. ' +
      'The same version with the same content again makes it current again (rollback).',
  })
  @ApiBody({ schema: { type: 'object', description: 'The knowledge base document' } })
  @ApiCreatedResponse({ description: 'The published version' })
  publish(
    @Body() body: Record<string, unknown>,
    @CurrentCaller() caller: Caller,
  ): Promise<TriageKbVersionView> {
    return this.kb.publish(body, actorOf(caller, this.clock.now()));
  }

  @Get('usage')
  @ApiOperation({
    summary: 'R17: assessments per channel and level, and how many led to a booking within 24 h',
  })
  @ApiOkResponse({ description: 'One row per channel' })
  usage(@Query() q: TriageUsageQuery): Promise<TriageUsageRow[]> {
    return this.triage.usage(q.dateFrom, q.dateTo);
  }
}
