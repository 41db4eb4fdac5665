export { DashboardModule } from './dashboard.module';
export { acceptDashboardForms } from './form-body';
