import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { GatewayConfig } from './config/gateway-config';
import { PartnerRegistry } from './partners/partner-registry';
import { GatewayStore } from './store/gateway-store';
import { MemoryStore } from './store/memory-store';
import { RedisStore } from './store/redis-store';

/** Memory by default; Redis when REDIS_URL is set, so that instances share state (DESIGN §5). */
export function createStore(config: GatewayConfig): GatewayStore {
  return config.REDIS_URL
    ? new RedisStore(config.REDIS_URL, config.REDIS_PREFIX)
    : new MemoryStore(Date.now, {
        maxEntries: config.MEMORY_STORE_MAX_ENTRIES,
        maxBytes: config.MEMORY_STORE_MAX_MB * 1024 * 1024,
      });
}

/** Configuration, the partners and the shared store: available to every feature. */
@Global()
@Module({})
export class GatewayInfraModule implements OnApplicationShutdown {
  constructor(@Inject(GatewayStore) private readonly store: GatewayStore) {}

  static forRoot(config: GatewayConfig, partners: PartnerRegistry): DynamicModule {
    return {
      module: GatewayInfraModule,
      providers: [
        { provide: GatewayConfig, useValue: config },
        { provide: PartnerRegistry, useValue: partners },
        { provide: GatewayStore, useFactory: () => createStore(config) },
      ],
      exports: [GatewayConfig, PartnerRegistry, GatewayStore],
    };
  }

  /** Last: requests in flight still record idempotent responses while draining. */
  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
