import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import {
  AckRequest,
  ClaimRequest,
  NotificationAdminView,
  NotificationIdParam,
  NotificationJobDto,
  NotificationQuery,
  RemindersRequest,
  RemindersResponse,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';
import { ApiProblems } from '../openapi/api-problems';

/** R8 outbox: the gateway's dispatcher claims and acknowledges; ADMIN sees and replays. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('v1')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly clock: ClockService,
  ) {}

  @Post('notifications/claim')
  @Roles('GATEWAY')
  @HttpCode(200)
  @ApiOperation({ summary: 'Claim due notifications with a lease (several dispatchers may claim at once)' })
  @ApiOkResponse({ type: [NotificationJobDto] })
  claim(@Body() body: ClaimRequest) {
    return this.notifications.claim(body.owner, body.limit ?? 50, body.leaseSeconds ?? 30);
  }

  @Post('notifications/:id/ack')
  @Roles('GATEWAY')
  @HttpCode(200)
  @ApiOperation({ summary: 'Report a delivery: sent, or failed (retried until the maximum, then DEAD)' })
  @ApiOkResponse({ type: NotificationAdminView })
  @ApiProblems({ 404: 'NOTIFICATION_NOT_FOUND' })
  ack(@Param() p: NotificationIdParam, @Body() body: AckRequest) {
    return this.notifications.ack(p.id, body.owner, body.sent, body.error, body.retryAfterMs);
  }

  @Get('notifications')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Notifications by status (DEAD ones need attention) or appointment' })
  @ApiOkResponse({ type: [NotificationAdminView] })
  list(@Query() q: NotificationQuery) {
    return this.notifications.list(q.status, q.appointmentId);
  }

  @Post('notifications/:id/replay')
  @Roles('ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deliver a DEAD notification again' })
  @ApiOkResponse({ type: NotificationAdminView })
  @ApiProblems({ 404: 'NOTIFICATION_NOT_FOUND', 409: 'CONFLICT (not DEAD)' })
  replay(@Param() p: NotificationIdParam, @CurrentCaller() caller: Caller) {
    return this.notifications.replay(p.id, actorOf(caller, this.clock.now()));
  }

  @Post('jobs/reminders')
  @Roles('ADMIN')
  @HttpCode(200)
  @ApiOperation({ summary: "Queue tomorrow's reminders now (R8); the daily job does it at reminder_time" })
  @ApiOkResponse({ type: RemindersResponse })
  reminders(@Body() body: RemindersRequest, @CurrentCaller() caller: Caller) {
    return this.notifications.createReminders(actorOf(caller, this.clock.now()), body.date);
  }
}
