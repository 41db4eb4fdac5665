import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { HospitalTimeInterceptor } from './hospital-time';

/** Conventions every response follows: instants with the hospital's offset (DESIGN §8). */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: HospitalTimeInterceptor }] })
export class SharedModule {}
