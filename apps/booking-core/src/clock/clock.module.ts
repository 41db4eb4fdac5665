import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ClockService } from './clock.service';
import { TestClockController } from './test-clock.controller';

/** booking-core's clock, the one "now" of every rule (DESIGN §8); settable only in tests. */
@Global()
@Module({})
export class ClockModule {
  static forRoot(enableTestClock: boolean): DynamicModule {
    return {
      module: ClockModule,
      controllers: enableTestClock ? [TestClockController] : [],
      providers: [ClockService],
      exports: [ClockService],
    };
  }
}
