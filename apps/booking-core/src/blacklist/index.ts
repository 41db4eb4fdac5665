export { BlacklistModule } from './blacklist.module';
