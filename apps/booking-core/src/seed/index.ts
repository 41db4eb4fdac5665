export { SeedModule } from './seed.module';
export { DemoSeeder } from './demo-seeder';
