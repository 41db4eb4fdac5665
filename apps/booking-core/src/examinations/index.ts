export { ExaminationsModule } from './examinations.module';
export { ExaminationsService } from './examinations.service';
export { ExamCatalogueService } from './exam-catalogue.service';
