import { Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import { SettingsRepository } from './settings.repository';

/**
 * The rules the hospital tunes at run time, read where they apply. Their defaults live in one
 * place, the migrations that create the settings; a missing setting is an error, not a silent
 * default written again in TypeScript.
 */
@Injectable()
export class SettingsService {
  constructor(private readonly settings: SettingsRepository) {}

  async text(key: string): Promise<string> {
    const value = await this.settings.get(key);
    if (value === null) throw new DomainError('SETTING_NOT_FOUND', key);
    return value;
  }

  async number(key: string): Promise<number> {
    return Number(await this.text(key));
  }
}
