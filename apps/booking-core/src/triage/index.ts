export { TriageModule } from './triage.module';
export { TriageKbService } from './triage-kb.service';
