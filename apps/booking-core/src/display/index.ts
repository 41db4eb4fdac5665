export { DisplayModule } from './display.module';
export { DisplayHub } from './display-hub';
export { DisplayService, type DisplayBoard, type DisplayRoom, type DisplayEntry } from './display.service';
