import { Module } from '@nestjs/common';
import { BlacklistController } from './blacklist.controller';
import { BlacklistRepository } from './blacklist.repository';

/** The no-show blacklist: reading and lifting entries (R15). */
@Module({
  controllers: [BlacklistController],
  providers: [BlacklistRepository],
})
export class BlacklistModule {}
