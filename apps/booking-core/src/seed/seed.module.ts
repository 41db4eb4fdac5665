import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog';
import { ExaminationsModule } from '../examinations';
import { SchedulingModule } from '../scheduling';
import { DemoSeeder } from './demo-seeder';

/** The demo hospital, seeded into an empty database when asked (npm start). */
@Module({
  imports: [CatalogModule, SchedulingModule, ExaminationsModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class SeedModule {}
