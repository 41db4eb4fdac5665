export { PatientsModule } from './patients.module';
export { PatientIdentityService, type ProtectedIdentity } from './patient-identity.service';
export { PiiVault } from './pii-vault';
export { BookingPatientDto, PatientIdentityDto } from './dto/patient.dto';
