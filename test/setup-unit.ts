import { Logger } from '@nestjs/common';

// Unit specs exercise classes directly; their log lines are noise here.
Logger.overrideLogger(false);
