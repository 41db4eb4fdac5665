import { type DynamicModule, Module } from '@nestjs/common';
import { GatewayConfig } from './config/gateway-config';
import { HealthController } from './health/health.controller';

@Module({})
export class GatewayModule {
  static forRoot(config: GatewayConfig): DynamicModule {
    return {
      module: GatewayModule,
      controllers: [HealthController],
      providers: [{ provide: GatewayConfig, useValue: config }],
    };
  }
}
