export { SuspensionModule } from './suspension.module';
