import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { DomainError, IsFreeText } from '@app/common';
import type { Caller } from '../auth/auth.guard';
import { CurrentCaller } from '../auth/caller.decorator';
import { Roles } from '../auth/roles.decorator';
import { ClockService } from '../clock/clock.service';
import { actorOf } from '../shared/actor';
import { SettingsRepository } from './settings.repository';
import { ApiProblems } from '../openapi/api-problems';

/** What each setting may hold; the procedure re-checks the shape. */
const RULES: Record<string, { min: number; max: number } | 'time'> = {
  release_days: { min: 1, max: 60 },
  release_time: 'time',
  generation_time: 'time',
  lateness_minutes: { min: 0, max: 120 },
  limit_per_department_day: { min: 1, max: 10 },
  limit_per_day: { min: 1, max: 20 },
  limit_live_total: { min: 1, max: 50 },
  cancel_cutoff_minutes: { min: 0, max: 10080 },
  blacklist_no_shows: { min: 1, max: 20 },
  blacklist_window_days: { min: 1, max: 365 },
  blacklist_days: { min: 1, max: 3650 },
  checkin_open_minutes: { min: 0, max: 1440 },
  pass_requeue_after: { min: 1, max: 50 },
  reminder_time: 'time',
  notification_max_attempts: { min: 1, max: 50 },
  triage_paediatric_age: { min: 1, max: 18 },
  hold_minutes: { min: 1, max: 60 },
  // Decision 029: waitlist offers, the random re-release delay, the on-site reserve's last hour.
  waitlist_offer_minutes: { min: 1, max: 120 },
  rerelease_delay_min_minutes: { min: 0, max: 120 },
  rerelease_delay_max_minutes: { min: 0, max: 120 },
  onsite_reserve_minutes: { min: 0, max: 1440 },
  punctuality_on_time_minutes: { min: 0, max: 120 },
};

export class SettingKeyParam {
  @ApiProperty({ example: 'release_days' })
  @Matches(/^[a-z_]{1,64}$/)
  key!: string;
}

export class SaveSettingRequest {
  @ApiProperty({ example: '10' })
  @IsFreeText(1, 200)
  value!: string;
}

export class SettingResponse {
  @ApiProperty({ example: 'release_days' }) key!: string;
  @ApiProperty({ example: '10' }) value!: string;
  @ApiProperty({ example: 'R2: sessions open for booking this many days ahead' }) description!: string;
}

@ApiTags('settings')
@ApiBearerAuth()
@Controller('v1/settings')
export class SettingsController {
  constructor(
    private readonly settings: SettingsRepository,
    private readonly clock: ClockService,
  ) {}

  @Get()
  @Roles('ADMIN', 'SCHEDULER')
  @ApiOperation({ summary: 'All settings: release horizon, lateness, limits, blacklist rule' })
  @ApiOkResponse({ type: [SettingResponse] })
  list(): Promise<SettingResponse[]> {
    return this.settings.list();
  }

  @Put(':key')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Change one setting (audited)' })
  @ApiOkResponse({ type: SettingResponse })
  @ApiProblems({ 400: 'VALIDATION_FAILED, INVALID_SETTING', 404: 'SETTING_NOT_FOUND' })
  save(@Param() p: SettingKeyParam, @Body() body: SaveSettingRequest, @CurrentCaller() caller: Caller) {
    const rule = RULES[p.key];
    if (!rule) throw new DomainError('SETTING_NOT_FOUND', `Unknown setting ${p.key}`);
    const ok =
      rule === 'time'
        ? /^([01]\d|2[0-3]):[0-5]\d$/.test(body.value)
        : /^\d{1,6}$/.test(body.value) && Number(body.value) >= rule.min && Number(body.value) <= rule.max;
    if (!ok)
      throw new DomainError(
        'INVALID_SETTING',
        rule === 'time'
          ? `${p.key} is a local time HH:MM`
          : `${p.key} is a whole number from ${rule.min} to ${rule.max}`,
      );
    return this.settings.save(p.key, body.value, actorOf(caller, this.clock.now()));
  }
}
