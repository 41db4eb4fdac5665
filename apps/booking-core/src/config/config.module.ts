import { type DynamicModule, Global, Module } from '@nestjs/common';
import { CoreConfig } from './core-config';

/** booking-core's validated environment, for every feature. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: CoreConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: CoreConfig, useValue: config }],
      exports: [CoreConfig],
    };
  }
}
