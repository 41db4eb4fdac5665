import { Injectable } from '@nestjs/common';
import type { DepartmentView, DoctorView, RoomView } from '@app/contracts';
import { CatalogRepository } from './catalog.repository';

/** What other features may read and write of the catalogue (departments, doctors, rooms). */
@Injectable()
export class CatalogService {
  constructor(private readonly catalog: CatalogRepository) {}

  listDepartments(): Promise<DepartmentView[]> {
    return this.catalog.listDepartments();
  }

  findDoctor(id: number): Promise<DoctorView | null> {
    return this.catalog.findDoctor(id);
  }

  saveDepartment(...args: Parameters<CatalogRepository['saveDepartment']>): Promise<DepartmentView> {
    return this.catalog.saveDepartment(...args);
  }

  saveDoctor(...args: Parameters<CatalogRepository['saveDoctor']>): Promise<DoctorView> {
    return this.catalog.saveDoctor(...args);
  }

  saveRoom(...args: Parameters<CatalogRepository['saveRoom']>): Promise<RoomView> {
    return this.catalog.saveRoom(...args);
  }
}
