import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { TokenStore } from './token-store';

/** Bearer tokens and roles, checked on every route (R7, R20). */
@Global()
@Module({})
export class AuthModule {
  static forRoot(tokens: TokenStore): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: TokenStore, useValue: tokens },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenStore],
    };
  }
}
