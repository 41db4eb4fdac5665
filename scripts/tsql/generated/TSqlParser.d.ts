import * as antlr from "antlr4ng";
import { Token } from "antlr4ng";
export declare class TSqlParser extends antlr.Parser {
    static readonly ABORT = 1;
    static readonly ABORT_AFTER_WAIT = 2;
    static readonly ABSENT = 3;
    static readonly ABSOLUTE = 4;
    static readonly ACCELERATED_DATABASE_RECOVERY = 5;
    static readonly ACCENT_SENSITIVITY = 6;
    static readonly ACCESS = 7;
    static readonly ACTION = 8;
    static readonly ACTIVATION = 9;
    static readonly ACTIVE = 10;
    static readonly ADD = 11;
    static readonly ADDRESS = 12;
    static readonly ADMINISTER = 13;
    static readonly AES = 14;
    static readonly AES_128 = 15;
    static readonly AES_192 = 16;
    static readonly AES_256 = 17;
    static readonly AFFINITY = 18;
    static readonly AFTER = 19;
    static readonly AGGREGATE = 20;
    static readonly ALGORITHM = 21;
    static readonly ALL = 22;
    static readonly ALLOWED = 23;
    static readonly ALLOW_CONNECTIONS = 24;
    static readonly ALLOW_ENCRYPTED_VALUE_MODIFICATIONS = 25;
    static readonly ALLOW_MULTIPLE_EVENT_LOSS = 26;
    static readonly ALLOW_PAGE_LOCKS = 27;
    static readonly ALLOW_ROW_LOCKS = 28;
    static readonly ALLOW_SINGLE_EVENT_LOSS = 29;
    static readonly ALLOW_SNAPSHOT_ISOLATION = 30;
    static readonly ALL_CONSTRAINTS = 31;
    static readonly ALL_ERRORMSGS = 32;
    static readonly ALL_INDEXES = 33;
    static readonly ALL_LEVELS = 34;
    static readonly ALTER = 35;
    static readonly ALWAYS = 36;
    static readonly AND = 37;
    static readonly ANONYMOUS = 38;
    static readonly ANSI_DEFAULTS = 39;
    static readonly ANSI_NULLS = 40;
    static readonly ANSI_NULL_DEFAULT = 41;
    static readonly ANSI_NULL_DFLT_OFF = 42;
    static readonly ANSI_NULL_DFLT_ON = 43;
    static readonly ANSI_PADDING = 44;
    static readonly ANSI_WARNINGS = 45;
    static readonly ANY = 46;
    static readonly APPEND = 47;
    static readonly APPLICATION = 48;
    static readonly APPLICATION_LOG = 49;
    static readonly APPLOCK_MODE = 50;
    static readonly APPLOCK_TEST = 51;
    static readonly APPLY = 52;
    static readonly APP_NAME = 53;
    static readonly ARITHABORT = 54;
    static readonly ARITHIGNORE = 55;
    static readonly AS = 56;
    static readonly ASC = 57;
    static readonly ASCII = 58;
    static readonly ASSEMBLY = 59;
    static readonly ASSEMBLYPROPERTY = 60;
    static readonly ASYMMETRIC = 61;
    static readonly ASYNCHRONOUS_COMMIT = 62;
    static readonly AT_KEYWORD = 63;
    static readonly AUDIT = 64;
    static readonly AUDIT_GUID = 65;
    static readonly AUTHENTICATE = 66;
    static readonly AUTHENTICATION = 67;
    static readonly AUTHORIZATION = 68;
    static readonly AUTO = 69;
    static readonly AUTOGROW_ALL_FILES = 70;
    static readonly AUTOGROW_SINGLE_FILE = 71;
    static readonly AUTOMATED_BACKUP_PREFERENCE = 72;
    static readonly AUTOMATIC = 73;
    static readonly AUTO_CLEANUP = 74;
    static readonly AUTO_CLOSE = 75;
    static readonly AUTO_CREATE_STATISTICS = 76;
    static readonly AUTO_DROP = 77;
    static readonly AUTO_SHRINK = 78;
    static readonly AUTO_UPDATE_STATISTICS = 79;
    static readonly AUTO_UPDATE_STATISTICS_ASYNC = 80;
    static readonly AVAILABILITY = 81;
    static readonly AVAILABILITY_MODE = 82;
    static readonly AVG = 83;
    static readonly BACKSLASH = 84;
    static readonly BACKUP = 85;
    static readonly BACKUP_CLONEDB = 86;
    static readonly BACKUP_PRIORITY = 87;
    static readonly BASE64 = 88;
    static readonly BEFORE = 89;
    static readonly BEGIN = 90;
    static readonly BEGIN_DIALOG = 91;
    static readonly BETWEEN = 92;
    static readonly BIGINT = 93;
    static readonly BINARY_CHECKSUM = 94;
    static readonly BINARY_KEYWORD = 95;
    static readonly BINDING = 96;
    static readonly BLOB_STORAGE = 97;
    static readonly BLOCK = 98;
    static readonly BLOCKERS = 99;
    static readonly BLOCKING_HIERARCHY = 100;
    static readonly BLOCKSIZE = 101;
    static readonly BREAK = 102;
    static readonly BROKER = 103;
    static readonly BROKER_INSTANCE = 104;
    static readonly BROWSE = 105;
    static readonly BUFFER = 106;
    static readonly BUFFERCOUNT = 107;
    static readonly BULK = 108;
    static readonly BULK_LOGGED = 109;
    static readonly BY = 110;
    static readonly CACHE = 111;
    static readonly CALLED = 112;
    static readonly CALLER = 113;
    static readonly CAP_CPU_PERCENT = 114;
    static readonly CASCADE = 115;
    static readonly CASE = 116;
    static readonly CAST = 117;
    static readonly CATALOG = 118;
    static readonly CATCH = 119;
    static readonly CERTENCODED = 120;
    static readonly CERTIFICATE = 121;
    static readonly CERTPRIVATEKEY = 122;
    static readonly CERT_ID = 123;
    static readonly CHANGE = 124;
    static readonly CHANGES = 125;
    static readonly CHANGETABLE = 126;
    static readonly CHANGE_RETENTION = 127;
    static readonly CHANGE_TRACKING = 128;
    static readonly CHAR = 129;
    static readonly CHARINDEX = 130;
    static readonly CHECK = 131;
    static readonly CHECKALLOC = 132;
    static readonly CHECKCATALOG = 133;
    static readonly CHECKCONSTRAINTS = 134;
    static readonly CHECKDB = 135;
    static readonly CHECKFILEGROUP = 136;
    static readonly CHECKPOINT = 137;
    static readonly CHECKSUM = 138;
    static readonly CHECKSUM_AGG = 139;
    static readonly CHECKTABLE = 140;
    static readonly CHECK_EXPIRATION = 141;
    static readonly CHECK_POLICY = 142;
    static readonly CLASSIFIER_FUNCTION = 143;
    static readonly CLEANTABLE = 144;
    static readonly CLEANUP = 145;
    static readonly CLONEDATABASE = 146;
    static readonly CLOSE = 147;
    static readonly CLUSTER = 148;
    static readonly CLUSTERED = 149;
    static readonly COALESCE = 150;
    static readonly COLLATE = 151;
    static readonly COLLECTION = 152;
    static readonly COLUMN = 153;
    static readonly COLUMNPROPERTY = 154;
    static readonly COLUMNS = 155;
    static readonly COLUMNSTORE = 156;
    static readonly COLUMNSTORE_ARCHIVE = 157;
    static readonly COLUMN_ENCRYPTION_KEY = 158;
    static readonly COLUMN_MASTER_KEY = 159;
    static readonly COL_LENGTH = 160;
    static readonly COL_NAME = 161;
    static readonly COMMIT = 162;
    static readonly COMMITTED = 163;
    static readonly COMPATIBILITY_LEVEL = 164;
    static readonly COMPRESS = 165;
    static readonly COMPRESSION = 166;
    static readonly COMPRESSION_DELAY = 167;
    static readonly COMPRESS_ALL_ROW_GROUPS = 168;
    static readonly COMPUTE = 169;
    static readonly CONCAT = 170;
    static readonly CONCAT_NULL_YIELDS_NULL = 171;
    static readonly CONCAT_WS = 172;
    static readonly CONFIGURATION = 173;
    static readonly CONNECT = 174;
    static readonly CONNECTION = 175;
    static readonly CONNECTIONPROPERTY = 176;
    static readonly CONSTRAINT = 177;
    static readonly CONTAINMENT = 178;
    static readonly CONTAINS = 179;
    static readonly CONTAINSTABLE = 180;
    static readonly CONTENT = 181;
    static readonly CONTEXT = 182;
    static readonly CONTEXT_INFO = 183;
    static readonly CONTINUE = 184;
    static readonly CONTINUE_AFTER_ERROR = 185;
    static readonly CONTRACT = 186;
    static readonly CONTRACT_NAME = 187;
    static readonly CONTROL = 188;
    static readonly CONVERSATION = 189;
    static readonly CONVERT = 190;
    static readonly COOKIE = 191;
    static readonly COPY_ONLY = 192;
    static readonly COUNT = 193;
    static readonly COUNTER = 194;
    static readonly COUNT_BIG = 195;
    static readonly CPU = 196;
    static readonly CREATE = 197;
    static readonly CREATE_NEW = 198;
    static readonly CREATION_DISPOSITION = 199;
    static readonly CREDENTIAL = 200;
    static readonly CROSS = 201;
    static readonly CRYPTOGRAPHIC = 202;
    static readonly CUME_DIST = 203;
    static readonly CURRENT = 204;
    static readonly CURRENT_DATE = 205;
    static readonly CURRENT_REQUEST_ID = 206;
    static readonly CURRENT_TIME = 207;
    static readonly CURRENT_TIMESTAMP = 208;
    static readonly CURRENT_TRANSACTION_ID = 209;
    static readonly CURRENT_USER = 210;
    static readonly CURSOR = 211;
    static readonly CURSOR_CLOSE_ON_COMMIT = 212;
    static readonly CURSOR_DEFAULT = 213;
    static readonly CURSOR_STATUS = 214;
    static readonly CYCLE = 215;
    static readonly DATA = 216;
    static readonly DATABASE = 217;
    static readonly DATABASEPROPERTYEX = 218;
    static readonly DATABASE_MIRRORING = 219;
    static readonly DATABASE_PRINCIPAL_ID = 220;
    static readonly DATALENGTH = 221;
    static readonly DATASPACE = 222;
    static readonly DATA_COMPRESSION = 223;
    static readonly DATA_PURITY = 224;
    static readonly DATA_SOURCE = 225;
    static readonly DATEADD = 226;
    static readonly DATEDIFF = 227;
    static readonly DATENAME = 228;
    static readonly DATEPART = 229;
    static readonly DATE_CORRELATION_OPTIMIZATION = 230;
    static readonly DAYS = 231;
    static readonly DBCC = 232;
    static readonly DBREINDEX = 233;
    static readonly DB_CHAINING = 234;
    static readonly DB_FAILOVER = 235;
    static readonly DB_ID = 236;
    static readonly DB_NAME = 237;
    static readonly DDL = 238;
    static readonly DEALLOCATE = 239;
    static readonly DECLARE = 240;
    static readonly DECOMPRESS = 241;
    static readonly DECRYPTION = 242;
    static readonly DEFAULT = 243;
    static readonly DEFAULT_DATABASE = 244;
    static readonly DEFAULT_DOUBLE_QUOTE = 245;
    static readonly DEFAULT_FULLTEXT_LANGUAGE = 246;
    static readonly DEFAULT_LANGUAGE = 247;
    static readonly DEFAULT_SCHEMA = 248;
    static readonly DEFINITION = 249;
    static readonly DELAY = 250;
    static readonly DELAYED_DURABILITY = 251;
    static readonly DELETE = 252;
    static readonly DELETED = 253;
    static readonly DENSE_RANK = 254;
    static readonly DENY = 255;
    static readonly DEPENDENTS = 256;
    static readonly DES = 257;
    static readonly DESC = 258;
    static readonly DESCRIPTION = 259;
    static readonly DESX = 260;
    static readonly DETERMINISTIC = 261;
    static readonly DHCP = 262;
    static readonly DIAGNOSTICS = 263;
    static readonly DIALOG = 264;
    static readonly DIFFERENCE = 265;
    static readonly DIFFERENTIAL = 266;
    static readonly DIRECTORY_NAME = 267;
    static readonly DISABLE = 268;
    static readonly DISABLED = 269;
    static readonly DISABLE_BROKER = 270;
    static readonly DISK = 271;
    static readonly DISTINCT = 272;
    static readonly DISTRIBUTED = 273;
    static readonly DISTRIBUTION = 274;
    static readonly DOCUMENT = 275;
    static readonly DOLLAR_PARTITION = 276;
    static readonly DOUBLE = 277;
    static readonly DOUBLE_BACK_SLASH = 278;
    static readonly DOUBLE_FORWARD_SLASH = 279;
    static readonly DROP = 280;
    static readonly DROPCLEANBUFFERS = 281;
    static readonly DROP_EXISTING = 282;
    static readonly DTC_SUPPORT = 283;
    static readonly DUMP = 284;
    static readonly DYNAMIC = 285;
    static readonly ELEMENTS = 286;
    static readonly ELSE = 287;
    static readonly EMERGENCY = 288;
    static readonly EMPTY = 289;
    static readonly ENABLE = 290;
    static readonly ENABLED = 291;
    static readonly ENABLE_BROKER = 292;
    static readonly ENCRYPTED = 293;
    static readonly ENCRYPTED_VALUE = 294;
    static readonly ENCRYPTION = 295;
    static readonly ENCRYPTION_TYPE = 296;
    static readonly END = 297;
    static readonly ENDPOINT = 298;
    static readonly ENDPOINT_URL = 299;
    static readonly ERRLVL = 300;
    static readonly ERROR = 301;
    static readonly ERROR_BROKER_CONVERSATIONS = 302;
    static readonly ERROR_LINE = 303;
    static readonly ERROR_MESSAGE = 304;
    static readonly ERROR_NUMBER = 305;
    static readonly ERROR_PROCEDURE = 306;
    static readonly ERROR_SEVERITY = 307;
    static readonly ERROR_STATE = 308;
    static readonly ESCAPE = 309;
    static readonly ESTIMATEONLY = 310;
    static readonly EVENT = 311;
    static readonly EVENTDATA = 312;
    static readonly EVENT_RETENTION_MODE = 313;
    static readonly EXCEPT = 314;
    static readonly EXCLUSIVE = 315;
    static readonly EXECUTABLE = 316;
    static readonly EXECUTABLE_FILE = 317;
    static readonly EXECUTE = 318;
    static readonly EXIST = 319;
    static readonly EXISTS = 320;
    static readonly EXIST_SQUARE_BRACKET = 321;
    static readonly EXIT = 322;
    static readonly EXPAND = 323;
    static readonly EXPIREDATE = 324;
    static readonly EXPIRY_DATE = 325;
    static readonly EXPLICIT = 326;
    static readonly EXTENDED_LOGICAL_CHECKS = 327;
    static readonly EXTENSION = 328;
    static readonly EXTERNAL = 329;
    static readonly EXTERNAL_ACCESS = 330;
    static readonly FAILOVER = 331;
    static readonly FAILOVER_MODE = 332;
    static readonly FAILURE = 333;
    static readonly FAILURECONDITIONLEVEL = 334;
    static readonly FAILURE_CONDITION_LEVEL = 335;
    static readonly FAIL_OPERATION = 336;
    static readonly FAN_IN = 337;
    static readonly FAST = 338;
    static readonly FAST_FORWARD = 339;
    static readonly FETCH = 340;
    static readonly FILE = 341;
    static readonly FILEGROUP = 342;
    static readonly FILEGROUPPROPERTY = 343;
    static readonly FILEGROUP_ID = 344;
    static readonly FILEGROUP_NAME = 345;
    static readonly FILEGROWTH = 346;
    static readonly FILENAME = 347;
    static readonly FILEPATH = 348;
    static readonly FILEPROPERTY = 349;
    static readonly FILEPROPERTYEX = 350;
    static readonly FILESTREAM = 351;
    static readonly FILESTREAM_ON = 352;
    static readonly FILE_ID = 353;
    static readonly FILE_IDEX = 354;
    static readonly FILE_NAME = 355;
    static readonly FILE_SNAPSHOT = 356;
    static readonly FILLFACTOR = 357;
    static readonly FILTER = 358;
    static readonly FIRST = 359;
    static readonly FIRST_VALUE = 360;
    static readonly FMTONLY = 361;
    static readonly FOLLOWING = 362;
    static readonly FOR = 363;
    static readonly FORCE = 364;
    static readonly FORCED = 365;
    static readonly FORCEPLAN = 366;
    static readonly FORCESCAN = 367;
    static readonly FORCESEEK = 368;
    static readonly FORCE_FAILOVER_ALLOW_DATA_LOSS = 369;
    static readonly FORCE_SERVICE_ALLOW_DATA_LOSS = 370;
    static readonly FOREIGN = 371;
    static readonly FORMAT = 372;
    static readonly FORMATMESSAGE = 373;
    static readonly FORWARD_ONLY = 374;
    static readonly FREE = 375;
    static readonly FREETEXT = 376;
    static readonly FREETEXTTABLE = 377;
    static readonly FROM = 378;
    static readonly FULL = 379;
    static readonly FULLSCAN = 380;
    static readonly FULLTEXT = 381;
    static readonly FULLTEXTCATALOGPROPERTY = 382;
    static readonly FULLTEXTSERVICEPROPERTY = 383;
    static readonly FUNCTION = 384;
    static readonly GB = 385;
    static readonly GENERATED = 386;
    static readonly GET = 387;
    static readonly GETANCESTOR = 388;
    static readonly GETANSINULL = 389;
    static readonly GETDATE = 390;
    static readonly GETDESCENDANT = 391;
    static readonly GETLEVEL = 392;
    static readonly GETREPARENTEDVALUE = 393;
    static readonly GETROOT = 394;
    static readonly GETUTCDATE = 395;
    static readonly GET_FILESTREAM_TRANSACTION_CONTEXT = 396;
    static readonly GLOBAL = 397;
    static readonly GO = 398;
    static readonly GOTO = 399;
    static readonly GOVERNOR = 400;
    static readonly GRANT = 401;
    static readonly GREATEST = 402;
    static readonly GROUP = 403;
    static readonly GROUPING = 404;
    static readonly GROUPING_ID = 405;
    static readonly GROUP_MAX_REQUESTS = 406;
    static readonly HADR = 407;
    static readonly HASH = 408;
    static readonly HASHED = 409;
    static readonly HAS_DBACCESS = 410;
    static readonly HAS_PERMS_BY_NAME = 411;
    static readonly HAVING = 412;
    static readonly HEALTHCHECKTIMEOUT = 413;
    static readonly HEALTH_CHECK_TIMEOUT = 414;
    static readonly HEAP = 415;
    static readonly HIDDEN_KEYWORD = 416;
    static readonly HIERARCHYID = 417;
    static readonly HIGH = 418;
    static readonly HOLDLOCK = 419;
    static readonly HONOR_BROKER_PRIORITY = 420;
    static readonly HOST_ID = 421;
    static readonly HOST_NAME = 422;
    static readonly HOURS = 423;
    static readonly IDENTITY = 424;
    static readonly IDENTITYCOL = 425;
    static readonly IDENTITY_INSERT = 426;
    static readonly IDENTITY_VALUE = 427;
    static readonly IDENT_CURRENT = 428;
    static readonly IDENT_INCR = 429;
    static readonly IDENT_SEED = 430;
    static readonly IF = 431;
    static readonly IGNORE_CONSTRAINTS = 432;
    static readonly IGNORE_DUP_KEY = 433;
    static readonly IGNORE_NONCLUSTERED_COLUMNSTORE_INDEX = 434;
    static readonly IGNORE_REPLICATED_TABLE_CACHE = 435;
    static readonly IGNORE_TRIGGERS = 436;
    static readonly IIF = 437;
    static readonly IMMEDIATE = 438;
    static readonly IMPERSONATE = 439;
    static readonly IMPLICIT_TRANSACTIONS = 440;
    static readonly IMPORTANCE = 441;
    static readonly IN = 442;
    static readonly INCLUDE = 443;
    static readonly INCLUDE_NULL_VALUES = 444;
    static readonly INCREMENT = 445;
    static readonly INCREMENTAL = 446;
    static readonly INDEX = 447;
    static readonly INDEXKEY_PROPERTY = 448;
    static readonly INDEXPROPERTY = 449;
    static readonly INDEX_COL = 450;
    static readonly INFINITE = 451;
    static readonly INIT = 452;
    static readonly INITIATOR = 453;
    static readonly INNER = 454;
    static readonly INPUT = 455;
    static readonly INSENSITIVE = 456;
    static readonly INSERT = 457;
    static readonly INSERTED = 458;
    static readonly INSTEAD = 459;
    static readonly INT = 460;
    static readonly INTERSECT = 461;
    static readonly INTO = 462;
    static readonly IO = 463;
    static readonly IP = 464;
    static readonly IS = 465;
    static readonly ISDESCENDANTOF = 466;
    static readonly ISJSON = 467;
    static readonly ISNULL = 468;
    static readonly ISNUMERIC = 469;
    static readonly ISOLATION = 470;
    static readonly IS_MEMBER = 471;
    static readonly IS_ROLEMEMBER = 472;
    static readonly IS_SRVROLEMEMBER = 473;
    static readonly JOB = 474;
    static readonly JOIN = 475;
    static readonly JSON = 476;
    static readonly JSON_ARRAY = 477;
    static readonly JSON_MODIFY = 478;
    static readonly JSON_OBJECT = 479;
    static readonly JSON_PATH_EXISTS = 480;
    static readonly JSON_QUERY = 481;
    static readonly JSON_VALUE = 482;
    static readonly KB = 483;
    static readonly KEEP = 484;
    static readonly KEEPDEFAULTS = 485;
    static readonly KEEPFIXED = 486;
    static readonly KEEPIDENTITY = 487;
    static readonly KERBEROS = 488;
    static readonly KEY = 489;
    static readonly KEYS = 490;
    static readonly KEYSET = 491;
    static readonly KEY_PATH = 492;
    static readonly KEY_SOURCE = 493;
    static readonly KEY_STORE_PROVIDER_NAME = 494;
    static readonly KILL = 495;
    static readonly LAG = 496;
    static readonly LANGUAGE = 497;
    static readonly LAST = 498;
    static readonly LAST_VALUE = 499;
    static readonly LEAD = 500;
    static readonly LEAST = 501;
    static readonly LEFT = 502;
    static readonly LEN = 503;
    static readonly LEVEL = 504;
    static readonly LIBRARY = 505;
    static readonly LIFETIME = 506;
    static readonly LIKE = 507;
    static readonly LINENO = 508;
    static readonly LINKED = 509;
    static readonly LINUX = 510;
    static readonly LIST = 511;
    static readonly LISTENER = 512;
    static readonly LISTENER_IP = 513;
    static readonly LISTENER_PORT = 514;
    static readonly LISTENER_URL = 515;
    static readonly LOAD = 516;
    static readonly LOB_COMPACTION = 517;
    static readonly LOCAL = 518;
    static readonly LOCAL_SERVICE_NAME = 519;
    static readonly LOCATION = 520;
    static readonly LOCK = 521;
    static readonly LOCK_ESCALATION = 522;
    static readonly LOG = 523;
    static readonly LOGIN = 524;
    static readonly LOGINPROPERTY = 525;
    static readonly LOOP = 526;
    static readonly LOW = 527;
    static readonly LOWER = 528;
    static readonly LTRIM = 529;
    static readonly MANUAL = 530;
    static readonly MARK = 531;
    static readonly MASK = 532;
    static readonly MASKED = 533;
    static readonly MASTER = 534;
    static readonly MATCHED = 535;
    static readonly MATERIALIZED = 536;
    static readonly MAX = 537;
    static readonly MAXDOP = 538;
    static readonly MAXRECURSION = 539;
    static readonly MAXSIZE = 540;
    static readonly MAXTRANSFER = 541;
    static readonly MAXVALUE = 542;
    static readonly MAX_CPU_PERCENT = 543;
    static readonly MAX_DISPATCH_LATENCY = 544;
    static readonly MAX_DOP = 545;
    static readonly MAX_DURATION = 546;
    static readonly MAX_EVENT_SIZE = 547;
    static readonly MAX_FILES = 548;
    static readonly MAX_IOPS_PER_VOLUME = 549;
    static readonly MAX_MEMORY = 550;
    static readonly MAX_MEMORY_PERCENT = 551;
    static readonly MAX_OUTSTANDING_IO_PER_VOLUME = 552;
    static readonly MAX_PROCESSES = 553;
    static readonly MAX_QUEUE_READERS = 554;
    static readonly MAX_ROLLOVER_FILES = 555;
    static readonly MAX_SIZE = 556;
    static readonly MB = 557;
    static readonly MEDIADESCRIPTION = 558;
    static readonly MEDIANAME = 559;
    static readonly MEDIUM = 560;
    static readonly MEMBER = 561;
    static readonly MEMORY_OPTIMIZED_DATA = 562;
    static readonly MEMORY_PARTITION_MODE = 563;
    static readonly MERGE = 564;
    static readonly MESSAGE = 565;
    static readonly MESSAGE_FORWARDING = 566;
    static readonly MESSAGE_FORWARD_SIZE = 567;
    static readonly MIN = 568;
    static readonly MINUTES = 569;
    static readonly MINVALUE = 570;
    static readonly MIN_ACTIVE_ROWVERSION = 571;
    static readonly MIN_CPU_PERCENT = 572;
    static readonly MIN_IOPS_PER_VOLUME = 573;
    static readonly MIN_MEMORY_PERCENT = 574;
    static readonly MIRROR = 575;
    static readonly MIRROR_ADDRESS = 576;
    static readonly MIXED_PAGE_ALLOCATION = 577;
    static readonly MODE = 578;
    static readonly MODIFY = 579;
    static readonly MODIFY_SQUARE_BRACKET = 580;
    static readonly MOVE = 581;
    static readonly MULTI_USER = 582;
    static readonly MUST_CHANGE = 583;
    static readonly NAME = 584;
    static readonly NATIONAL = 585;
    static readonly NCHAR = 586;
    static readonly NEGOTIATE = 587;
    static readonly NESTED_TRIGGERS = 588;
    static readonly NEWID = 589;
    static readonly NEWNAME = 590;
    static readonly NEWSEQUENTIALID = 591;
    static readonly NEW_ACCOUNT = 592;
    static readonly NEW_BROKER = 593;
    static readonly NEW_PASSWORD = 594;
    static readonly NEXT = 595;
    static readonly NO = 596;
    static readonly NOCHECK = 597;
    static readonly NOCOUNT = 598;
    static readonly NODES = 599;
    static readonly NOEXEC = 600;
    static readonly NOEXPAND = 601;
    static readonly NOFORMAT = 602;
    static readonly NOHOLDLOCK = 603;
    static readonly NOINDEX = 604;
    static readonly NOINIT = 605;
    static readonly NOLOCK = 606;
    static readonly NONCLUSTERED = 607;
    static readonly NONE = 608;
    static readonly NON_TRANSACTED_ACCESS = 609;
    static readonly NORECOMPUTE = 610;
    static readonly NORECOVERY = 611;
    static readonly NOREWIND = 612;
    static readonly NOSKIP = 613;
    static readonly NOT = 614;
    static readonly NOTIFICATION = 615;
    static readonly NOTIFICATIONS = 616;
    static readonly NOUNLOAD = 617;
    static readonly NOWAIT = 618;
    static readonly NO_CHECKSUM = 619;
    static readonly NO_COMPRESSION = 620;
    static readonly NO_EVENT_LOSS = 621;
    static readonly NO_INFOMSGS = 622;
    static readonly NO_QUERYSTORE = 623;
    static readonly NO_STATISTICS = 624;
    static readonly NO_TRUNCATE = 625;
    static readonly NO_WAIT = 626;
    static readonly NTILE = 627;
    static readonly NTLM = 628;
    static readonly NULLIF = 629;
    static readonly NULL_ = 630;
    static readonly NULL_DOUBLE_QUOTE = 631;
    static readonly NUMANODE = 632;
    static readonly NUMBER = 633;
    static readonly NUMERIC_ROUNDABORT = 634;
    static readonly OBJECT = 635;
    static readonly OBJECTPROPERTY = 636;
    static readonly OBJECTPROPERTYEX = 637;
    static readonly OBJECT_DEFINITION = 638;
    static readonly OBJECT_ID = 639;
    static readonly OBJECT_NAME = 640;
    static readonly OBJECT_SCHEMA_NAME = 641;
    static readonly OF = 642;
    static readonly OFF = 643;
    static readonly OFFLINE = 644;
    static readonly OFFSET = 645;
    static readonly OFFSETS = 646;
    static readonly OLD_ACCOUNT = 647;
    static readonly OLD_PASSWORD = 648;
    static readonly ON = 649;
    static readonly ONLINE = 650;
    static readonly ONLY = 651;
    static readonly ON_FAILURE = 652;
    static readonly OPEN = 653;
    static readonly OPENDATASOURCE = 654;
    static readonly OPENJSON = 655;
    static readonly OPENQUERY = 656;
    static readonly OPENROWSET = 657;
    static readonly OPENXML = 658;
    static readonly OPEN_EXISTING = 659;
    static readonly OPERATIONS = 660;
    static readonly OPTIMISTIC = 661;
    static readonly OPTIMIZE = 662;
    static readonly OPTIMIZE_FOR_SEQUENTIAL_KEY = 663;
    static readonly OPTION = 664;
    static readonly OR = 665;
    static readonly ORDER = 666;
    static readonly ORIGINAL_DB_NAME = 667;
    static readonly ORIGINAL_LOGIN = 668;
    static readonly OUT = 669;
    static readonly OUTER = 670;
    static readonly OUTPUT = 671;
    static readonly OVER = 672;
    static readonly OVERRIDE = 673;
    static readonly OWNER = 674;
    static readonly OWNERSHIP = 675;
    static readonly PAD_INDEX = 676;
    static readonly PAGE = 677;
    static readonly PAGECOUNT = 678;
    static readonly PAGE_VERIFY = 679;
    static readonly PAGLOCK = 680;
    static readonly PARAMETERIZATION = 681;
    static readonly PARAM_NODE = 682;
    static readonly PARSE = 683;
    static readonly PARSENAME = 684;
    static readonly PARSEONLY = 685;
    static readonly PARTIAL = 686;
    static readonly PARTITION = 687;
    static readonly PARTITIONS = 688;
    static readonly PARTNER = 689;
    static readonly PASSWORD = 690;
    static readonly PATH = 691;
    static readonly PATINDEX = 692;
    static readonly PAUSE = 693;
    static readonly PDW_SHOWSPACEUSED = 694;
    static readonly PERCENT = 695;
    static readonly PERCENTILE_CONT = 696;
    static readonly PERCENTILE_DISC = 697;
    static readonly PERCENT_RANK = 698;
    static readonly PERMISSIONS = 699;
    static readonly PERMISSION_SET = 700;
    static readonly PERSISTED = 701;
    static readonly PERSIST_SAMPLE_PERCENT = 702;
    static readonly PER_CPU = 703;
    static readonly PER_DB = 704;
    static readonly PER_NODE = 705;
    static readonly PHYSICAL_ONLY = 706;
    static readonly PIVOT = 707;
    static readonly PLAN = 708;
    static readonly PLATFORM = 709;
    static readonly POISON_MESSAGE_HANDLING = 710;
    static readonly POLICY = 711;
    static readonly POOL = 712;
    static readonly PORT = 713;
    static readonly PRECEDING = 714;
    static readonly PRECISION = 715;
    static readonly PREDICATE = 716;
    static readonly PRIMARY = 717;
    static readonly PRIMARY_ROLE = 718;
    static readonly PRINT = 719;
    static readonly PRIOR = 720;
    static readonly PRIORITY = 721;
    static readonly PRIORITY_LEVEL = 722;
    static readonly PRIVATE = 723;
    static readonly PRIVATE_KEY = 724;
    static readonly PRIVILEGES = 725;
    static readonly PROC = 726;
    static readonly PROCCACHE = 727;
    static readonly PROCEDURE = 728;
    static readonly PROCEDURE_NAME = 729;
    static readonly PROCESS = 730;
    static readonly PROFILE = 731;
    static readonly PROPERTY = 732;
    static readonly PROVIDER = 733;
    static readonly PROVIDER_KEY_NAME = 734;
    static readonly PUBLIC = 735;
    static readonly PWDCOMPARE = 736;
    static readonly PWDENCRYPT = 737;
    static readonly PYTHON = 738;
    static readonly QUERY = 739;
    static readonly QUERY_SQUARE_BRACKET = 740;
    static readonly QUEUE = 741;
    static readonly QUEUE_DELAY = 742;
    static readonly QUOTED_IDENTIFIER = 743;
    static readonly QUOTENAME = 744;
    static readonly R = 745;
    static readonly RAISERROR = 746;
    static readonly RANDOMIZED = 747;
    static readonly RANGE = 748;
    static readonly RANK = 749;
    static readonly RAW = 750;
    static readonly RC2 = 751;
    static readonly RC4 = 752;
    static readonly RC4_128 = 753;
    static readonly READ = 754;
    static readonly READCOMMITTED = 755;
    static readonly READCOMMITTEDLOCK = 756;
    static readonly READONLY = 757;
    static readonly READPAST = 758;
    static readonly READTEXT = 759;
    static readonly READUNCOMMITTED = 760;
    static readonly READWRITE = 761;
    static readonly READ_COMMITTED_SNAPSHOT = 762;
    static readonly READ_ONLY = 763;
    static readonly READ_ONLY_ROUTING_LIST = 764;
    static readonly READ_WRITE = 765;
    static readonly READ_WRITE_FILEGROUPS = 766;
    static readonly REBUILD = 767;
    static readonly RECEIVE = 768;
    static readonly RECOMPILE = 769;
    static readonly RECONFIGURE = 770;
    static readonly RECOVERY = 771;
    static readonly RECURSIVE_TRIGGERS = 772;
    static readonly REFERENCES = 773;
    static readonly REGENERATE = 774;
    static readonly RELATED_CONVERSATION = 775;
    static readonly RELATED_CONVERSATION_GROUP = 776;
    static readonly RELATIVE = 777;
    static readonly REMOTE = 778;
    static readonly REMOTE_PROC_TRANSACTIONS = 779;
    static readonly REMOTE_SERVICE_NAME = 780;
    static readonly REMOVE = 781;
    static readonly REORGANIZE = 782;
    static readonly REPAIR_ALLOW_DATA_LOSS = 783;
    static readonly REPAIR_FAST = 784;
    static readonly REPAIR_REBUILD = 785;
    static readonly REPEATABLE = 786;
    static readonly REPEATABLEREAD = 787;
    static readonly REPLACE = 788;
    static readonly REPLICA = 789;
    static readonly REPLICATE = 790;
    static readonly REPLICATION = 791;
    static readonly REQUEST_MAX_CPU_TIME_SEC = 792;
    static readonly REQUEST_MAX_MEMORY_GRANT_PERCENT = 793;
    static readonly REQUEST_MEMORY_GRANT_TIMEOUT_SEC = 794;
    static readonly REQUIRED = 795;
    static readonly REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT = 796;
    static readonly RESAMPLE = 797;
    static readonly RESERVE_DISK_SPACE = 798;
    static readonly RESET = 799;
    static readonly RESOURCE = 800;
    static readonly RESOURCES = 801;
    static readonly RESOURCE_MANAGER_LOCATION = 802;
    static readonly RESTART = 803;
    static readonly RESTORE = 804;
    static readonly RESTRICT = 805;
    static readonly RESTRICTED_USER = 806;
    static readonly RESUMABLE = 807;
    static readonly RESUME = 808;
    static readonly RETAINDAYS = 809;
    static readonly RETENTION = 810;
    static readonly RETURN = 811;
    static readonly RETURNS = 812;
    static readonly REVERSE = 813;
    static readonly REVERT = 814;
    static readonly REVOKE = 815;
    static readonly REWIND = 816;
    static readonly RIGHT = 817;
    static readonly ROBUST = 818;
    static readonly ROLE = 819;
    static readonly ROLLBACK = 820;
    static readonly ROOT = 821;
    static readonly ROUND_ROBIN = 822;
    static readonly ROUTE = 823;
    static readonly ROW = 824;
    static readonly ROWCOUNT = 825;
    static readonly ROWCOUNT_BIG = 826;
    static readonly ROWGUID = 827;
    static readonly ROWGUIDCOL = 828;
    static readonly ROWLOCK = 829;
    static readonly ROWS = 830;
    static readonly ROW_NUMBER = 831;
    static readonly RSA_1024 = 832;
    static readonly RSA_2048 = 833;
    static readonly RSA_3072 = 834;
    static readonly RSA_4096 = 835;
    static readonly RSA_512 = 836;
    static readonly RTRIM = 837;
    static readonly RULE = 838;
    static readonly SAFE = 839;
    static readonly SAFETY = 840;
    static readonly SAMPLE = 841;
    static readonly SAVE = 842;
    static readonly SCHEDULER = 843;
    static readonly SCHEMA = 844;
    static readonly SCHEMABINDING = 845;
    static readonly SCHEMA_ID = 846;
    static readonly SCHEMA_NAME = 847;
    static readonly SCHEME = 848;
    static readonly SCOPED = 849;
    static readonly SCOPE_IDENTITY = 850;
    static readonly SCRIPT = 851;
    static readonly SCROLL = 852;
    static readonly SCROLL_LOCKS = 853;
    static readonly SEARCH = 854;
    static readonly SECONDARY = 855;
    static readonly SECONDARY_ONLY = 856;
    static readonly SECONDARY_ROLE = 857;
    static readonly SECONDS = 858;
    static readonly SECRET = 859;
    static readonly SECURABLES = 860;
    static readonly SECURITY = 861;
    static readonly SECURITYAUDIT = 862;
    static readonly SECURITY_LOG = 863;
    static readonly SEEDING_MODE = 864;
    static readonly SELECT = 865;
    static readonly SELF = 866;
    static readonly SEMANTICKEYPHRASETABLE = 867;
    static readonly SEMANTICSIMILARITYDETAILSTABLE = 868;
    static readonly SEMANTICSIMILARITYTABLE = 869;
    static readonly SEMI_SENSITIVE = 870;
    static readonly SEND = 871;
    static readonly SENT = 872;
    static readonly SEQUENCE = 873;
    static readonly SEQUENCE_NUMBER = 874;
    static readonly SERIALIZABLE = 875;
    static readonly SERVER = 876;
    static readonly SERVERPROPERTY = 877;
    static readonly SERVICE = 878;
    static readonly SERVICEBROKER = 879;
    static readonly SERVICE_BROKER = 880;
    static readonly SERVICE_NAME = 881;
    static readonly SESSION = 882;
    static readonly SESSIONPROPERTY = 883;
    static readonly SESSION_CONTEXT = 884;
    static readonly SESSION_TIMEOUT = 885;
    static readonly SESSION_USER = 886;
    static readonly SET = 887;
    static readonly SETERROR = 888;
    static readonly SETS = 889;
    static readonly SETTINGS = 890;
    static readonly SETUSER = 891;
    static readonly SHARE = 892;
    static readonly SHARED = 893;
    static readonly SHOWCONTIG = 894;
    static readonly SHOWPLAN = 895;
    static readonly SHOWPLAN_ALL = 896;
    static readonly SHOWPLAN_TEXT = 897;
    static readonly SHOWPLAN_XML = 898;
    static readonly SHRINKLOG = 899;
    static readonly SHUTDOWN = 900;
    static readonly SID = 901;
    static readonly SIGNATURE = 902;
    static readonly SIMPLE = 903;
    static readonly SINGLE_USER = 904;
    static readonly SIZE = 905;
    static readonly SKIP_KEYWORD = 906;
    static readonly SMALLINT = 907;
    static readonly SNAPSHOT = 908;
    static readonly SOFTNUMA = 909;
    static readonly SOME = 910;
    static readonly SORT_IN_TEMPDB = 911;
    static readonly SOUNDEX = 912;
    static readonly SOURCE = 913;
    static readonly SPACE_KEYWORD = 914;
    static readonly SPARSE = 915;
    static readonly SPATIAL_WINDOW_MAX_CELLS = 916;
    static readonly SPECIFICATION = 917;
    static readonly SPLIT = 918;
    static readonly SQL = 919;
    static readonly SQLDUMPERFLAGS = 920;
    static readonly SQLDUMPERPATH = 921;
    static readonly SQLDUMPERTIMEOUT = 922;
    static readonly SQL_VARIANT_PROPERTY = 923;
    static readonly STANDBY = 924;
    static readonly START = 925;
    static readonly STARTED = 926;
    static readonly STARTUP_STATE = 927;
    static readonly START_DATE = 928;
    static readonly STATE = 929;
    static readonly STATIC = 930;
    static readonly STATISTICS = 931;
    static readonly STATISTICS_INCREMENTAL = 932;
    static readonly STATISTICS_NORECOMPUTE = 933;
    static readonly STATS = 934;
    static readonly STATS_DATE = 935;
    static readonly STATS_STREAM = 936;
    static readonly STATUS = 937;
    static readonly STATUSONLY = 938;
    static readonly STDEV = 939;
    static readonly STDEVP = 940;
    static readonly STOP = 941;
    static readonly STOPLIST = 942;
    static readonly STOPPED = 943;
    static readonly STOP_ON_ERROR = 944;
    static readonly STR = 945;
    static readonly STRING_AGG = 946;
    static readonly STRING_ESCAPE = 947;
    static readonly STUFF = 948;
    static readonly SUBJECT = 949;
    static readonly SUBSCRIBE = 950;
    static readonly SUBSCRIPTION = 951;
    static readonly SUBSTRING = 952;
    static readonly SUM = 953;
    static readonly SUPPORTED = 954;
    static readonly SUSER_ID = 955;
    static readonly SUSER_NAME = 956;
    static readonly SUSER_SID = 957;
    static readonly SUSER_SNAME = 958;
    static readonly SUSPEND = 959;
    static readonly SWITCH = 960;
    static readonly SYMMETRIC = 961;
    static readonly SYNCHRONOUS_COMMIT = 962;
    static readonly SYNONYM = 963;
    static readonly SYSTEM = 964;
    static readonly SYSTEM_USER = 965;
    static readonly TABLE = 966;
    static readonly TABLERESULTS = 967;
    static readonly TABLESAMPLE = 968;
    static readonly TABLOCK = 969;
    static readonly TABLOCKX = 970;
    static readonly TAKE = 971;
    static readonly TAPE = 972;
    static readonly TARGET = 973;
    static readonly TARGET_RECOVERY_TIME = 974;
    static readonly TB = 975;
    static readonly TCP = 976;
    static readonly TEXTIMAGE_ON = 977;
    static readonly TEXTSIZE = 978;
    static readonly THEN = 979;
    static readonly THROW = 980;
    static readonly TIES = 981;
    static readonly TIME = 982;
    static readonly TIMEOUT = 983;
    static readonly TIMER = 984;
    static readonly TINYINT = 985;
    static readonly TO = 986;
    static readonly TOP = 987;
    static readonly TORN_PAGE_DETECTION = 988;
    static readonly TOSTRING = 989;
    static readonly TRACE = 990;
    static readonly TRACKING = 991;
    static readonly TRACK_CAUSALITY = 992;
    static readonly TRAN = 993;
    static readonly TRANSACTION = 994;
    static readonly TRANSACTION_ID = 995;
    static readonly TRANSFER = 996;
    static readonly TRANSFORM_NOISE_WORDS = 997;
    static readonly TRANSLATE = 998;
    static readonly TRIGGER = 999;
    static readonly TRIM = 1000;
    static readonly TRIPLE_DES = 1001;
    static readonly TRIPLE_DES_3KEY = 1002;
    static readonly TRUNCATE = 1003;
    static readonly TRUSTWORTHY = 1004;
    static readonly TRY = 1005;
    static readonly TRY_CAST = 1006;
    static readonly TSEQUAL = 1007;
    static readonly TSQL = 1008;
    static readonly TWO_DIGIT_YEAR_CUTOFF = 1009;
    static readonly TYPE = 1010;
    static readonly TYPEPROPERTY = 1011;
    static readonly TYPE_ID = 1012;
    static readonly TYPE_NAME = 1013;
    static readonly TYPE_WARNING = 1014;
    static readonly UNBOUNDED = 1015;
    static readonly UNCHECKED = 1016;
    static readonly UNCOMMITTED = 1017;
    static readonly UNICODE = 1018;
    static readonly UNION = 1019;
    static readonly UNIQUE = 1020;
    static readonly UNKNOWN = 1021;
    static readonly UNLIMITED = 1022;
    static readonly UNLOCK = 1023;
    static readonly UNMASK = 1024;
    static readonly UNPIVOT = 1025;
    static readonly UNSAFE = 1026;
    static readonly UOW = 1027;
    static readonly UPDATE = 1028;
    static readonly UPDATETEXT = 1029;
    static readonly UPDLOCK = 1030;
    static readonly UPPER = 1031;
    static readonly URL = 1032;
    static readonly USE = 1033;
    static readonly USED = 1034;
    static readonly USER = 1035;
    static readonly USER_ID = 1036;
    static readonly USER_NAME = 1037;
    static readonly USING = 1038;
    static readonly VALIDATION = 1039;
    static readonly VALID_XML = 1040;
    static readonly VALUE = 1041;
    static readonly VALUES = 1042;
    static readonly VALUE_SQUARE_BRACKET = 1043;
    static readonly VAR = 1044;
    static readonly VARBINARY_KEYWORD = 1045;
    static readonly VARP = 1046;
    static readonly VARYING = 1047;
    static readonly VERBOSELOGGING = 1048;
    static readonly VERIFY_CLONEDB = 1049;
    static readonly VERSION = 1050;
    static readonly VIEW = 1051;
    static readonly VIEWS = 1052;
    static readonly VIEW_METADATA = 1053;
    static readonly VISIBILITY = 1054;
    static readonly WAIT = 1055;
    static readonly WAITFOR = 1056;
    static readonly WAIT_AT_LOW_PRIORITY = 1057;
    static readonly WELL_FORMED_XML = 1058;
    static readonly WHEN = 1059;
    static readonly WHERE = 1060;
    static readonly WHILE = 1061;
    static readonly WINDOWS = 1062;
    static readonly WITH = 1063;
    static readonly WITHIN = 1064;
    static readonly WITHOUT = 1065;
    static readonly WITHOUT_ARRAY_WRAPPER = 1066;
    static readonly WITNESS = 1067;
    static readonly WORK = 1068;
    static readonly WORKLOAD = 1069;
    static readonly WRITETEXT = 1070;
    static readonly XACT_ABORT = 1071;
    static readonly XACT_STATE = 1072;
    static readonly XLOCK = 1073;
    static readonly XML = 1074;
    static readonly XMLDATA = 1075;
    static readonly XMLNAMESPACES = 1076;
    static readonly XMLSCHEMA = 1077;
    static readonly XML_COMPRESSION = 1078;
    static readonly XSINIL = 1079;
    static readonly ZONE = 1080;
    static readonly ABS = 1081;
    static readonly ACOS = 1082;
    static readonly ASIN = 1083;
    static readonly ATAN = 1084;
    static readonly ATN2 = 1085;
    static readonly CEILING = 1086;
    static readonly COS = 1087;
    static readonly COT = 1088;
    static readonly DEGREES = 1089;
    static readonly EXP = 1090;
    static readonly FLOOR = 1091;
    static readonly LOG10 = 1092;
    static readonly PI = 1093;
    static readonly POWER = 1094;
    static readonly RADIANS = 1095;
    static readonly RAND = 1096;
    static readonly ROUND = 1097;
    static readonly SIGN = 1098;
    static readonly SIN = 1099;
    static readonly SQRT = 1100;
    static readonly SQUARE = 1101;
    static readonly TAN = 1102;
    static readonly CURRENT_TIMEZONE = 1103;
    static readonly CURRENT_TIMEZONE_ID = 1104;
    static readonly DATE_BUCKET = 1105;
    static readonly DATEDIFF_BIG = 1106;
    static readonly DATEFROMPARTS = 1107;
    static readonly DATETIME2FROMPARTS = 1108;
    static readonly DATETIMEFROMPARTS = 1109;
    static readonly DATETIMEOFFSETFROMPARTS = 1110;
    static readonly DATETRUNC = 1111;
    static readonly DAY = 1112;
    static readonly EOMONTH = 1113;
    static readonly ISDATE = 1114;
    static readonly MONTH = 1115;
    static readonly SMALLDATETIMEFROMPARTS = 1116;
    static readonly SWITCHOFFSET = 1117;
    static readonly SYSDATETIME = 1118;
    static readonly SYSDATETIMEOFFSET = 1119;
    static readonly SYSUTCDATETIME = 1120;
    static readonly TIMEFROMPARTS = 1121;
    static readonly TODATETIMEOFFSET = 1122;
    static readonly YEAR = 1123;
    static readonly QUARTER = 1124;
    static readonly DAYOFYEAR = 1125;
    static readonly WEEK = 1126;
    static readonly HOUR = 1127;
    static readonly MINUTE = 1128;
    static readonly SECOND = 1129;
    static readonly MILLISECOND = 1130;
    static readonly MICROSECOND = 1131;
    static readonly NANOSECOND = 1132;
    static readonly TZOFFSET = 1133;
    static readonly ISO_WEEK = 1134;
    static readonly WEEKDAY = 1135;
    static readonly YEAR_ABBR = 1136;
    static readonly QUARTER_ABBR = 1137;
    static readonly MONTH_ABBR = 1138;
    static readonly DAYOFYEAR_ABBR = 1139;
    static readonly DAY_ABBR = 1140;
    static readonly WEEK_ABBR = 1141;
    static readonly HOUR_ABBR = 1142;
    static readonly MINUTE_ABBR = 1143;
    static readonly SECOND_ABBR = 1144;
    static readonly MILLISECOND_ABBR = 1145;
    static readonly MICROSECOND_ABBR = 1146;
    static readonly NANOSECOND_ABBR = 1147;
    static readonly TZOFFSET_ABBR = 1148;
    static readonly ISO_WEEK_ABBR = 1149;
    static readonly WEEKDAY_ABBR = 1150;
    static readonly SP_EXECUTESQL = 1151;
    static readonly VARCHAR = 1152;
    static readonly NVARCHAR = 1153;
    static readonly DISK_DRIVE = 1154;
    static readonly DOLLAR_ACTION = 1155;
    static readonly CURSOR_ROWS = 1156;
    static readonly FETCH_STATUS = 1157;
    static readonly IPV4_ADDR = 1158;
    static readonly SPACE = 1159;
    static readonly COMMENT = 1160;
    static readonly LINE_COMMENT = 1161;
    static readonly DOUBLE_QUOTE_ID = 1162;
    static readonly DOUBLE_QUOTE_BLANK = 1163;
    static readonly SINGLE_QUOTE = 1164;
    static readonly SQUARE_BRACKET_ID = 1165;
    static readonly LOCAL_ID = 1166;
    static readonly TEMP_ID = 1167;
    static readonly DECIMAL = 1168;
    static readonly ID = 1169;
    static readonly STRING = 1170;
    static readonly BINARY = 1171;
    static readonly FLOAT = 1172;
    static readonly REAL = 1173;
    static readonly EQUAL = 1174;
    static readonly GREATER = 1175;
    static readonly LESS = 1176;
    static readonly EXCLAMATION = 1177;
    static readonly PLUS_ASSIGN = 1178;
    static readonly MINUS_ASSIGN = 1179;
    static readonly MULT_ASSIGN = 1180;
    static readonly DIV_ASSIGN = 1181;
    static readonly MOD_ASSIGN = 1182;
    static readonly AND_ASSIGN = 1183;
    static readonly XOR_ASSIGN = 1184;
    static readonly OR_ASSIGN = 1185;
    static readonly DOUBLE_BAR = 1186;
    static readonly DOT = 1187;
    static readonly UNDERLINE = 1188;
    static readonly AT = 1189;
    static readonly SHARP = 1190;
    static readonly DOLLAR = 1191;
    static readonly LR_BRACKET = 1192;
    static readonly RR_BRACKET = 1193;
    static readonly COMMA = 1194;
    static readonly SEMI = 1195;
    static readonly COLON = 1196;
    static readonly DOUBLE_COLON = 1197;
    static readonly STAR = 1198;
    static readonly DIVIDE = 1199;
    static readonly MODULE = 1200;
    static readonly PLUS = 1201;
    static readonly MINUS = 1202;
    static readonly BIT_NOT = 1203;
    static readonly BIT_OR = 1204;
    static readonly BIT_AND = 1205;
    static readonly BIT_XOR = 1206;
    static readonly PLACEHOLDER = 1207;
    static readonly RULE_tsql_file = 0;
    static readonly RULE_batch = 1;
    static readonly RULE_batch_level_statement = 2;
    static readonly RULE_sql_clauses = 3;
    static readonly RULE_dml_clause = 4;
    static readonly RULE_ddl_clause = 5;
    static readonly RULE_backup_statement = 6;
    static readonly RULE_cfl_statement = 7;
    static readonly RULE_block_statement = 8;
    static readonly RULE_break_statement = 9;
    static readonly RULE_continue_statement = 10;
    static readonly RULE_goto_statement = 11;
    static readonly RULE_return_statement = 12;
    static readonly RULE_if_statement = 13;
    static readonly RULE_throw_statement = 14;
    static readonly RULE_throw_error_number = 15;
    static readonly RULE_throw_message = 16;
    static readonly RULE_throw_state = 17;
    static readonly RULE_try_catch_statement = 18;
    static readonly RULE_waitfor_statement = 19;
    static readonly RULE_while_statement = 20;
    static readonly RULE_print_statement = 21;
    static readonly RULE_raiseerror_statement = 22;
    static readonly RULE_empty_statement = 23;
    static readonly RULE_another_statement = 24;
    static readonly RULE_alter_application_role = 25;
    static readonly RULE_alter_xml_schema_collection = 26;
    static readonly RULE_create_application_role = 27;
    static readonly RULE_drop_aggregate = 28;
    static readonly RULE_drop_application_role = 29;
    static readonly RULE_alter_assembly = 30;
    static readonly RULE_alter_assembly_start = 31;
    static readonly RULE_alter_assembly_clause = 32;
    static readonly RULE_alter_assembly_from_clause = 33;
    static readonly RULE_alter_assembly_from_clause_start = 34;
    static readonly RULE_alter_assembly_drop_clause = 35;
    static readonly RULE_alter_assembly_drop_multiple_files = 36;
    static readonly RULE_alter_assembly_drop = 37;
    static readonly RULE_alter_assembly_add_clause = 38;
    static readonly RULE_alter_asssembly_add_clause_start = 39;
    static readonly RULE_alter_assembly_client_file_clause = 40;
    static readonly RULE_alter_assembly_file_name = 41;
    static readonly RULE_alter_assembly_file_bits = 42;
    static readonly RULE_alter_assembly_as = 43;
    static readonly RULE_alter_assembly_with_clause = 44;
    static readonly RULE_alter_assembly_with = 45;
    static readonly RULE_client_assembly_specifier = 46;
    static readonly RULE_assembly_option = 47;
    static readonly RULE_network_file_share = 48;
    static readonly RULE_network_computer = 49;
    static readonly RULE_network_file_start = 50;
    static readonly RULE_file_path = 51;
    static readonly RULE_file_directory_path_separator = 52;
    static readonly RULE_local_file = 53;
    static readonly RULE_local_drive = 54;
    static readonly RULE_multiple_local_files = 55;
    static readonly RULE_multiple_local_file_start = 56;
    static readonly RULE_create_assembly = 57;
    static readonly RULE_drop_assembly = 58;
    static readonly RULE_alter_asymmetric_key = 59;
    static readonly RULE_alter_asymmetric_key_start = 60;
    static readonly RULE_asymmetric_key_option = 61;
    static readonly RULE_asymmetric_key_option_start = 62;
    static readonly RULE_asymmetric_key_password_change_option = 63;
    static readonly RULE_create_asymmetric_key = 64;
    static readonly RULE_drop_asymmetric_key = 65;
    static readonly RULE_alter_authorization = 66;
    static readonly RULE_authorization_grantee = 67;
    static readonly RULE_entity_to = 68;
    static readonly RULE_colon_colon = 69;
    static readonly RULE_alter_authorization_start = 70;
    static readonly RULE_alter_authorization_for_sql_database = 71;
    static readonly RULE_alter_authorization_for_azure_dw = 72;
    static readonly RULE_alter_authorization_for_parallel_dw = 73;
    static readonly RULE_class_type = 74;
    static readonly RULE_class_type_for_sql_database = 75;
    static readonly RULE_class_type_for_azure_dw = 76;
    static readonly RULE_class_type_for_parallel_dw = 77;
    static readonly RULE_class_type_for_grant = 78;
    static readonly RULE_drop_availability_group = 79;
    static readonly RULE_alter_availability_group = 80;
    static readonly RULE_alter_availability_group_start = 81;
    static readonly RULE_alter_availability_group_options = 82;
    static readonly RULE_ip_v4_failover = 83;
    static readonly RULE_ip_v6_failover = 84;
    static readonly RULE_create_or_alter_broker_priority = 85;
    static readonly RULE_drop_broker_priority = 86;
    static readonly RULE_alter_certificate = 87;
    static readonly RULE_alter_column_encryption_key = 88;
    static readonly RULE_create_column_encryption_key = 89;
    static readonly RULE_drop_certificate = 90;
    static readonly RULE_drop_column_encryption_key = 91;
    static readonly RULE_drop_column_master_key = 92;
    static readonly RULE_drop_contract = 93;
    static readonly RULE_drop_credential = 94;
    static readonly RULE_drop_cryptograhic_provider = 95;
    static readonly RULE_drop_database = 96;
    static readonly RULE_drop_database_audit_specification = 97;
    static readonly RULE_drop_database_encryption_key = 98;
    static readonly RULE_drop_database_scoped_credential = 99;
    static readonly RULE_drop_default = 100;
    static readonly RULE_drop_endpoint = 101;
    static readonly RULE_drop_external_data_source = 102;
    static readonly RULE_drop_external_file_format = 103;
    static readonly RULE_drop_external_library = 104;
    static readonly RULE_drop_external_resource_pool = 105;
    static readonly RULE_drop_external_table = 106;
    static readonly RULE_drop_event_notifications = 107;
    static readonly RULE_drop_event_session = 108;
    static readonly RULE_drop_fulltext_catalog = 109;
    static readonly RULE_drop_fulltext_index = 110;
    static readonly RULE_drop_fulltext_stoplist = 111;
    static readonly RULE_drop_login = 112;
    static readonly RULE_drop_master_key = 113;
    static readonly RULE_drop_message_type = 114;
    static readonly RULE_drop_partition_function = 115;
    static readonly RULE_drop_partition_scheme = 116;
    static readonly RULE_drop_queue = 117;
    static readonly RULE_drop_remote_service_binding = 118;
    static readonly RULE_drop_resource_pool = 119;
    static readonly RULE_drop_db_role = 120;
    static readonly RULE_drop_route = 121;
    static readonly RULE_drop_rule = 122;
    static readonly RULE_drop_schema = 123;
    static readonly RULE_drop_search_property_list = 124;
    static readonly RULE_drop_security_policy = 125;
    static readonly RULE_drop_sequence = 126;
    static readonly RULE_drop_server_audit = 127;
    static readonly RULE_drop_server_audit_specification = 128;
    static readonly RULE_drop_server_role = 129;
    static readonly RULE_drop_service = 130;
    static readonly RULE_drop_signature = 131;
    static readonly RULE_drop_statistics_name_azure_dw_and_pdw = 132;
    static readonly RULE_drop_symmetric_key = 133;
    static readonly RULE_drop_synonym = 134;
    static readonly RULE_drop_user = 135;
    static readonly RULE_drop_workload_group = 136;
    static readonly RULE_drop_xml_schema_collection = 137;
    static readonly RULE_disable_trigger = 138;
    static readonly RULE_enable_trigger = 139;
    static readonly RULE_lock_table = 140;
    static readonly RULE_truncate_table = 141;
    static readonly RULE_create_column_master_key = 142;
    static readonly RULE_alter_credential = 143;
    static readonly RULE_create_credential = 144;
    static readonly RULE_alter_cryptographic_provider = 145;
    static readonly RULE_create_cryptographic_provider = 146;
    static readonly RULE_create_endpoint = 147;
    static readonly RULE_endpoint_encryption_alogorithm_clause = 148;
    static readonly RULE_endpoint_authentication_clause = 149;
    static readonly RULE_endpoint_listener_clause = 150;
    static readonly RULE_create_event_notification = 151;
    static readonly RULE_create_or_alter_event_session = 152;
    static readonly RULE_event_session_predicate_expression = 153;
    static readonly RULE_event_session_predicate_factor = 154;
    static readonly RULE_event_session_predicate_leaf = 155;
    static readonly RULE_alter_external_data_source = 156;
    static readonly RULE_alter_external_library = 157;
    static readonly RULE_create_external_library = 158;
    static readonly RULE_alter_external_resource_pool = 159;
    static readonly RULE_create_external_resource_pool = 160;
    static readonly RULE_alter_fulltext_catalog = 161;
    static readonly RULE_create_fulltext_catalog = 162;
    static readonly RULE_alter_fulltext_stoplist = 163;
    static readonly RULE_create_fulltext_stoplist = 164;
    static readonly RULE_alter_login_sql_server = 165;
    static readonly RULE_create_login_sql_server = 166;
    static readonly RULE_alter_login_azure_sql = 167;
    static readonly RULE_create_login_azure_sql = 168;
    static readonly RULE_alter_login_azure_sql_dw_and_pdw = 169;
    static readonly RULE_create_login_pdw = 170;
    static readonly RULE_alter_master_key_sql_server = 171;
    static readonly RULE_create_master_key_sql_server = 172;
    static readonly RULE_alter_master_key_azure_sql = 173;
    static readonly RULE_create_master_key_azure_sql = 174;
    static readonly RULE_alter_message_type = 175;
    static readonly RULE_alter_partition_function = 176;
    static readonly RULE_alter_partition_scheme = 177;
    static readonly RULE_alter_remote_service_binding = 178;
    static readonly RULE_create_remote_service_binding = 179;
    static readonly RULE_create_resource_pool = 180;
    static readonly RULE_alter_resource_governor = 181;
    static readonly RULE_alter_database_audit_specification = 182;
    static readonly RULE_audit_action_spec_group = 183;
    static readonly RULE_audit_action_specification = 184;
    static readonly RULE_action_specification = 185;
    static readonly RULE_audit_class_name = 186;
    static readonly RULE_audit_securable = 187;
    static readonly RULE_alter_db_role = 188;
    static readonly RULE_create_database_audit_specification = 189;
    static readonly RULE_create_db_role = 190;
    static readonly RULE_create_route = 191;
    static readonly RULE_create_rule = 192;
    static readonly RULE_alter_schema_sql = 193;
    static readonly RULE_create_schema = 194;
    static readonly RULE_create_schema_azure_sql_dw_and_pdw = 195;
    static readonly RULE_alter_schema_azure_sql_dw_and_pdw = 196;
    static readonly RULE_create_search_property_list = 197;
    static readonly RULE_create_security_policy = 198;
    static readonly RULE_alter_sequence = 199;
    static readonly RULE_create_sequence = 200;
    static readonly RULE_alter_server_audit = 201;
    static readonly RULE_create_server_audit = 202;
    static readonly RULE_alter_server_audit_specification = 203;
    static readonly RULE_create_server_audit_specification = 204;
    static readonly RULE_alter_server_configuration = 205;
    static readonly RULE_alter_server_role = 206;
    static readonly RULE_create_server_role = 207;
    static readonly RULE_alter_server_role_pdw = 208;
    static readonly RULE_alter_service = 209;
    static readonly RULE_opt_arg_clause = 210;
    static readonly RULE_create_service = 211;
    static readonly RULE_alter_service_master_key = 212;
    static readonly RULE_alter_symmetric_key = 213;
    static readonly RULE_create_synonym = 214;
    static readonly RULE_alter_user = 215;
    static readonly RULE_create_user = 216;
    static readonly RULE_create_user_azure_sql_dw = 217;
    static readonly RULE_alter_user_azure_sql = 218;
    static readonly RULE_alter_workload_group = 219;
    static readonly RULE_create_workload_group = 220;
    static readonly RULE_create_xml_schema_collection = 221;
    static readonly RULE_create_partition_function = 222;
    static readonly RULE_create_partition_scheme = 223;
    static readonly RULE_create_queue = 224;
    static readonly RULE_queue_settings = 225;
    static readonly RULE_alter_queue = 226;
    static readonly RULE_queue_action = 227;
    static readonly RULE_queue_rebuild_options = 228;
    static readonly RULE_create_contract = 229;
    static readonly RULE_conversation_statement = 230;
    static readonly RULE_message_statement = 231;
    static readonly RULE_merge_statement = 232;
    static readonly RULE_when_matches = 233;
    static readonly RULE_merge_matched = 234;
    static readonly RULE_merge_not_matched = 235;
    static readonly RULE_delete_statement = 236;
    static readonly RULE_delete_statement_from = 237;
    static readonly RULE_insert_statement = 238;
    static readonly RULE_insert_statement_value = 239;
    static readonly RULE_receive_statement = 240;
    static readonly RULE_select_statement_standalone = 241;
    static readonly RULE_select_statement = 242;
    static readonly RULE_time = 243;
    static readonly RULE_update_statement = 244;
    static readonly RULE_output_clause = 245;
    static readonly RULE_output_dml_list_elem = 246;
    static readonly RULE_create_database = 247;
    static readonly RULE_create_index = 248;
    static readonly RULE_create_index_options = 249;
    static readonly RULE_relational_index_option = 250;
    static readonly RULE_alter_index = 251;
    static readonly RULE_resumable_index_options = 252;
    static readonly RULE_resumable_index_option = 253;
    static readonly RULE_reorganize_partition = 254;
    static readonly RULE_reorganize_options = 255;
    static readonly RULE_reorganize_option = 256;
    static readonly RULE_set_index_options = 257;
    static readonly RULE_set_index_option = 258;
    static readonly RULE_rebuild_partition = 259;
    static readonly RULE_rebuild_index_options = 260;
    static readonly RULE_rebuild_index_option = 261;
    static readonly RULE_single_partition_rebuild_index_options = 262;
    static readonly RULE_single_partition_rebuild_index_option = 263;
    static readonly RULE_on_partitions = 264;
    static readonly RULE_create_columnstore_index = 265;
    static readonly RULE_create_columnstore_index_options = 266;
    static readonly RULE_columnstore_index_option = 267;
    static readonly RULE_create_nonclustered_columnstore_index = 268;
    static readonly RULE_create_xml_index = 269;
    static readonly RULE_xml_index_options = 270;
    static readonly RULE_xml_index_option = 271;
    static readonly RULE_create_or_alter_procedure = 272;
    static readonly RULE_as_external_name = 273;
    static readonly RULE_create_or_alter_trigger = 274;
    static readonly RULE_create_or_alter_dml_trigger = 275;
    static readonly RULE_dml_trigger_option = 276;
    static readonly RULE_dml_trigger_operation = 277;
    static readonly RULE_create_or_alter_ddl_trigger = 278;
    static readonly RULE_ddl_trigger_operation = 279;
    static readonly RULE_create_or_alter_function = 280;
    static readonly RULE_func_body_returns_select = 281;
    static readonly RULE_func_body_returns_table = 282;
    static readonly RULE_func_body_returns_scalar = 283;
    static readonly RULE_procedure_param_default_value = 284;
    static readonly RULE_procedure_param = 285;
    static readonly RULE_procedure_option = 286;
    static readonly RULE_function_option = 287;
    static readonly RULE_create_statistics = 288;
    static readonly RULE_update_statistics = 289;
    static readonly RULE_update_statistics_options = 290;
    static readonly RULE_update_statistics_option = 291;
    static readonly RULE_create_table = 292;
    static readonly RULE_table_indices = 293;
    static readonly RULE_table_options = 294;
    static readonly RULE_table_option = 295;
    static readonly RULE_create_table_index_options = 296;
    static readonly RULE_create_table_index_option = 297;
    static readonly RULE_create_view = 298;
    static readonly RULE_view_attribute = 299;
    static readonly RULE_alter_table = 300;
    static readonly RULE_switch_partition = 301;
    static readonly RULE_low_priority_lock_wait = 302;
    static readonly RULE_alter_database = 303;
    static readonly RULE_add_or_modify_files = 304;
    static readonly RULE_filespec = 305;
    static readonly RULE_add_or_modify_filegroups = 306;
    static readonly RULE_filegroup_updatability_option = 307;
    static readonly RULE_database_optionspec = 308;
    static readonly RULE_auto_option = 309;
    static readonly RULE_change_tracking_option = 310;
    static readonly RULE_change_tracking_option_list = 311;
    static readonly RULE_containment_option = 312;
    static readonly RULE_cursor_option = 313;
    static readonly RULE_alter_endpoint = 314;
    static readonly RULE_database_mirroring_option = 315;
    static readonly RULE_mirroring_set_option = 316;
    static readonly RULE_mirroring_partner = 317;
    static readonly RULE_mirroring_witness = 318;
    static readonly RULE_witness_partner_equal = 319;
    static readonly RULE_partner_option = 320;
    static readonly RULE_witness_option = 321;
    static readonly RULE_witness_server = 322;
    static readonly RULE_partner_server = 323;
    static readonly RULE_mirroring_host_port_seperator = 324;
    static readonly RULE_partner_server_tcp_prefix = 325;
    static readonly RULE_port_number = 326;
    static readonly RULE_host = 327;
    static readonly RULE_date_correlation_optimization_option = 328;
    static readonly RULE_db_encryption_option = 329;
    static readonly RULE_db_state_option = 330;
    static readonly RULE_db_update_option = 331;
    static readonly RULE_db_user_access_option = 332;
    static readonly RULE_delayed_durability_option = 333;
    static readonly RULE_external_access_option = 334;
    static readonly RULE_hadr_options = 335;
    static readonly RULE_mixed_page_allocation_option = 336;
    static readonly RULE_parameterization_option = 337;
    static readonly RULE_recovery_option = 338;
    static readonly RULE_service_broker_option = 339;
    static readonly RULE_snapshot_option = 340;
    static readonly RULE_sql_option = 341;
    static readonly RULE_target_recovery_time_option = 342;
    static readonly RULE_termination = 343;
    static readonly RULE_drop_index = 344;
    static readonly RULE_drop_relational_or_xml_or_spatial_index = 345;
    static readonly RULE_drop_backward_compatible_index = 346;
    static readonly RULE_drop_procedure = 347;
    static readonly RULE_drop_trigger = 348;
    static readonly RULE_drop_dml_trigger = 349;
    static readonly RULE_drop_ddl_trigger = 350;
    static readonly RULE_drop_function = 351;
    static readonly RULE_drop_statistics = 352;
    static readonly RULE_drop_table = 353;
    static readonly RULE_drop_view = 354;
    static readonly RULE_create_type = 355;
    static readonly RULE_drop_type = 356;
    static readonly RULE_rowset_function_limited = 357;
    static readonly RULE_openquery = 358;
    static readonly RULE_opendatasource = 359;
    static readonly RULE_declare_statement = 360;
    static readonly RULE_xml_declaration = 361;
    static readonly RULE_cursor_statement = 362;
    static readonly RULE_backup_database = 363;
    static readonly RULE_backup_log = 364;
    static readonly RULE_backup_certificate = 365;
    static readonly RULE_backup_master_key = 366;
    static readonly RULE_backup_service_master_key = 367;
    static readonly RULE_kill_statement = 368;
    static readonly RULE_kill_process = 369;
    static readonly RULE_kill_query_notification = 370;
    static readonly RULE_kill_stats_job = 371;
    static readonly RULE_execute_statement = 372;
    static readonly RULE_execute_body_batch = 373;
    static readonly RULE_execute_body = 374;
    static readonly RULE_execute_statement_arg = 375;
    static readonly RULE_execute_statement_arg_named = 376;
    static readonly RULE_execute_statement_arg_unnamed = 377;
    static readonly RULE_execute_parameter = 378;
    static readonly RULE_execute_var_string = 379;
    static readonly RULE_security_statement = 380;
    static readonly RULE_principal_id = 381;
    static readonly RULE_create_certificate = 382;
    static readonly RULE_existing_keys = 383;
    static readonly RULE_private_key_options = 384;
    static readonly RULE_generate_new_keys = 385;
    static readonly RULE_date_options = 386;
    static readonly RULE_open_key = 387;
    static readonly RULE_close_key = 388;
    static readonly RULE_create_key = 389;
    static readonly RULE_key_options = 390;
    static readonly RULE_algorithm = 391;
    static readonly RULE_encryption_mechanism = 392;
    static readonly RULE_decryption_mechanism = 393;
    static readonly RULE_grant_permission = 394;
    static readonly RULE_set_statement = 395;
    static readonly RULE_transaction_statement = 396;
    static readonly RULE_go_statement = 397;
    static readonly RULE_use_statement = 398;
    static readonly RULE_setuser_statement = 399;
    static readonly RULE_reconfigure_statement = 400;
    static readonly RULE_shutdown_statement = 401;
    static readonly RULE_checkpoint_statement = 402;
    static readonly RULE_dbcc_checkalloc_option = 403;
    static readonly RULE_dbcc_checkalloc = 404;
    static readonly RULE_dbcc_checkcatalog = 405;
    static readonly RULE_dbcc_checkconstraints_option = 406;
    static readonly RULE_dbcc_checkconstraints = 407;
    static readonly RULE_dbcc_checkdb_table_option = 408;
    static readonly RULE_dbcc_checkdb = 409;
    static readonly RULE_dbcc_checkfilegroup_option = 410;
    static readonly RULE_dbcc_checkfilegroup = 411;
    static readonly RULE_dbcc_checktable = 412;
    static readonly RULE_dbcc_cleantable = 413;
    static readonly RULE_dbcc_clonedatabase_option = 414;
    static readonly RULE_dbcc_clonedatabase = 415;
    static readonly RULE_dbcc_pdw_showspaceused = 416;
    static readonly RULE_dbcc_proccache = 417;
    static readonly RULE_dbcc_showcontig_option = 418;
    static readonly RULE_dbcc_showcontig = 419;
    static readonly RULE_dbcc_shrinklog = 420;
    static readonly RULE_dbcc_dbreindex = 421;
    static readonly RULE_dbcc_dll_free = 422;
    static readonly RULE_dbcc_dropcleanbuffers = 423;
    static readonly RULE_dbcc_clause = 424;
    static readonly RULE_execute_clause = 425;
    static readonly RULE_declare_local = 426;
    static readonly RULE_table_type_definition = 427;
    static readonly RULE_table_type_indices = 428;
    static readonly RULE_xml_type_definition = 429;
    static readonly RULE_xml_schema_collection = 430;
    static readonly RULE_column_def_table_constraints = 431;
    static readonly RULE_column_def_table_constraint = 432;
    static readonly RULE_column_definition = 433;
    static readonly RULE_column_definition_element = 434;
    static readonly RULE_column_modifier = 435;
    static readonly RULE_materialized_column_definition = 436;
    static readonly RULE_column_constraint = 437;
    static readonly RULE_column_index = 438;
    static readonly RULE_on_partition_or_filegroup = 439;
    static readonly RULE_table_constraint = 440;
    static readonly RULE_connection_node = 441;
    static readonly RULE_primary_key_options = 442;
    static readonly RULE_foreign_key_options = 443;
    static readonly RULE_check_constraint = 444;
    static readonly RULE_on_delete = 445;
    static readonly RULE_on_update = 446;
    static readonly RULE_alter_table_index_options = 447;
    static readonly RULE_alter_table_index_option = 448;
    static readonly RULE_declare_cursor = 449;
    static readonly RULE_declare_set_cursor_common = 450;
    static readonly RULE_declare_set_cursor_common_partial = 451;
    static readonly RULE_fetch_cursor = 452;
    static readonly RULE_set_special = 453;
    static readonly RULE_special_list = 454;
    static readonly RULE_constant_LOCAL_ID = 455;
    static readonly RULE_expression = 456;
    static readonly RULE_parameter = 457;
    static readonly RULE_time_zone = 458;
    static readonly RULE_primitive_expression = 459;
    static readonly RULE_case_expression = 460;
    static readonly RULE_unary_operator_expression = 461;
    static readonly RULE_bracket_expression = 462;
    static readonly RULE_subquery = 463;
    static readonly RULE_with_expression = 464;
    static readonly RULE_common_table_expression = 465;
    static readonly RULE_update_elem = 466;
    static readonly RULE_update_elem_merge = 467;
    static readonly RULE_search_condition = 468;
    static readonly RULE_predicate = 469;
    static readonly RULE_query_expression = 470;
    static readonly RULE_sql_union = 471;
    static readonly RULE_query_specification = 472;
    static readonly RULE_top_clause = 473;
    static readonly RULE_top_percent = 474;
    static readonly RULE_top_count = 475;
    static readonly RULE_order_by_clause = 476;
    static readonly RULE_select_order_by_clause = 477;
    static readonly RULE_for_clause = 478;
    static readonly RULE_xml_common_directives = 479;
    static readonly RULE_order_by_expression = 480;
    static readonly RULE_grouping_sets_item = 481;
    static readonly RULE_group_by_item = 482;
    static readonly RULE_option_clause = 483;
    static readonly RULE_option = 484;
    static readonly RULE_optimize_for_arg = 485;
    static readonly RULE_select_list = 486;
    static readonly RULE_udt_method_arguments = 487;
    static readonly RULE_asterisk = 488;
    static readonly RULE_udt_elem = 489;
    static readonly RULE_expression_elem = 490;
    static readonly RULE_select_list_elem = 491;
    static readonly RULE_table_sources = 492;
    static readonly RULE_non_ansi_join = 493;
    static readonly RULE_table_source = 494;
    static readonly RULE_table_source_item = 495;
    static readonly RULE_open_xml = 496;
    static readonly RULE_open_json = 497;
    static readonly RULE_json_declaration = 498;
    static readonly RULE_json_column_declaration = 499;
    static readonly RULE_schema_declaration = 500;
    static readonly RULE_column_declaration = 501;
    static readonly RULE_change_table = 502;
    static readonly RULE_change_table_changes = 503;
    static readonly RULE_change_table_version = 504;
    static readonly RULE_join_part = 505;
    static readonly RULE_join_on = 506;
    static readonly RULE_cross_join = 507;
    static readonly RULE_apply_ = 508;
    static readonly RULE_pivot = 509;
    static readonly RULE_unpivot = 510;
    static readonly RULE_pivot_clause = 511;
    static readonly RULE_unpivot_clause = 512;
    static readonly RULE_full_column_name_list = 513;
    static readonly RULE_rowset_function = 514;
    static readonly RULE_bulk_option = 515;
    static readonly RULE_derived_table = 516;
    static readonly RULE_function_call = 517;
    static readonly RULE_partition_function = 518;
    static readonly RULE_freetext_function = 519;
    static readonly RULE_freetext_predicate = 520;
    static readonly RULE_json_key_value = 521;
    static readonly RULE_json_null_clause = 522;
    static readonly RULE_built_in_functions = 523;
    static readonly RULE_xml_data_type_methods = 524;
    static readonly RULE_dateparts_9 = 525;
    static readonly RULE_dateparts_12 = 526;
    static readonly RULE_dateparts_15 = 527;
    static readonly RULE_dateparts_datetrunc = 528;
    static readonly RULE_value_method = 529;
    static readonly RULE_value_call = 530;
    static readonly RULE_query_method = 531;
    static readonly RULE_query_call = 532;
    static readonly RULE_exist_method = 533;
    static readonly RULE_exist_call = 534;
    static readonly RULE_modify_method = 535;
    static readonly RULE_modify_call = 536;
    static readonly RULE_hierarchyid_call = 537;
    static readonly RULE_hierarchyid_static_method = 538;
    static readonly RULE_nodes_method = 539;
    static readonly RULE_switch_section = 540;
    static readonly RULE_switch_search_condition_section = 541;
    static readonly RULE_as_column_alias = 542;
    static readonly RULE_as_table_alias = 543;
    static readonly RULE_table_alias = 544;
    static readonly RULE_with_table_hints = 545;
    static readonly RULE_deprecated_table_hint = 546;
    static readonly RULE_sybase_legacy_hints = 547;
    static readonly RULE_sybase_legacy_hint = 548;
    static readonly RULE_table_hint = 549;
    static readonly RULE_index_value = 550;
    static readonly RULE_column_alias_list = 551;
    static readonly RULE_column_alias = 552;
    static readonly RULE_table_value_constructor = 553;
    static readonly RULE_expression_list_ = 554;
    static readonly RULE_ranking_windowed_function = 555;
    static readonly RULE_aggregate_windowed_function = 556;
    static readonly RULE_analytic_windowed_function = 557;
    static readonly RULE_all_distinct_expression = 558;
    static readonly RULE_over_clause = 559;
    static readonly RULE_row_or_range_clause = 560;
    static readonly RULE_window_frame_extent = 561;
    static readonly RULE_window_frame_bound = 562;
    static readonly RULE_window_frame_preceding = 563;
    static readonly RULE_window_frame_following = 564;
    static readonly RULE_create_database_option = 565;
    static readonly RULE_database_filestream_option = 566;
    static readonly RULE_database_file_spec = 567;
    static readonly RULE_file_group = 568;
    static readonly RULE_file_spec = 569;
    static readonly RULE_entity_name = 570;
    static readonly RULE_entity_name_for_azure_dw = 571;
    static readonly RULE_entity_name_for_parallel_dw = 572;
    static readonly RULE_full_table_name = 573;
    static readonly RULE_table_name = 574;
    static readonly RULE_simple_name = 575;
    static readonly RULE_func_proc_name_schema = 576;
    static readonly RULE_func_proc_name_database_schema = 577;
    static readonly RULE_func_proc_name_server_database_schema = 578;
    static readonly RULE_ddl_object = 579;
    static readonly RULE_full_column_name = 580;
    static readonly RULE_column_name_list_with_order = 581;
    static readonly RULE_insert_column_name_list = 582;
    static readonly RULE_insert_column_id = 583;
    static readonly RULE_column_name_list = 584;
    static readonly RULE_cursor_name = 585;
    static readonly RULE_on_off = 586;
    static readonly RULE_clustered = 587;
    static readonly RULE_null_notnull = 588;
    static readonly RULE_scalar_function_name = 589;
    static readonly RULE_begin_conversation_timer = 590;
    static readonly RULE_begin_conversation_dialog = 591;
    static readonly RULE_contract_name = 592;
    static readonly RULE_service_name = 593;
    static readonly RULE_end_conversation = 594;
    static readonly RULE_waitfor_conversation = 595;
    static readonly RULE_get_conversation = 596;
    static readonly RULE_queue_id = 597;
    static readonly RULE_send_conversation = 598;
    static readonly RULE_data_type = 599;
    static readonly RULE_constant = 600;
    static readonly RULE_primitive_constant = 601;
    static readonly RULE_keyword = 602;
    static readonly RULE_id_ = 603;
    static readonly RULE_simple_id = 604;
    static readonly RULE_id_or_string = 605;
    static readonly RULE_comparison_operator = 606;
    static readonly RULE_assignment_operator = 607;
    static readonly RULE_file_size = 608;
    static readonly literalNames: string[];
    static readonly symbolicNames: string[];
    static readonly ruleNames: string[];
    get grammarFileName(): string;
    get literalNames(): (string | null)[];
    get symbolicNames(): (string | null)[];
    get ruleNames(): string[];
    get serializedATN(): number[];
    protected createFailedPredicateException(predicate?: string, message?: string): antlr.FailedPredicateException;
    constructor(input: antlr.TokenStream);
    tsql_file(): Tsql_fileContext;
    batch(): BatchContext;
    batch_level_statement(): Batch_level_statementContext;
    sql_clauses(): Sql_clausesContext;
    dml_clause(): Dml_clauseContext;
    ddl_clause(): Ddl_clauseContext;
    backup_statement(): Backup_statementContext;
    cfl_statement(): Cfl_statementContext;
    block_statement(): Block_statementContext;
    break_statement(): Break_statementContext;
    continue_statement(): Continue_statementContext;
    goto_statement(): Goto_statementContext;
    return_statement(): Return_statementContext;
    if_statement(): If_statementContext;
    throw_statement(): Throw_statementContext;
    throw_error_number(): Throw_error_numberContext;
    throw_message(): Throw_messageContext;
    throw_state(): Throw_stateContext;
    try_catch_statement(): Try_catch_statementContext;
    waitfor_statement(): Waitfor_statementContext;
    while_statement(): While_statementContext;
    print_statement(): Print_statementContext;
    raiseerror_statement(): Raiseerror_statementContext;
    empty_statement(): Empty_statementContext;
    another_statement(): Another_statementContext;
    alter_application_role(): Alter_application_roleContext;
    alter_xml_schema_collection(): Alter_xml_schema_collectionContext;
    create_application_role(): Create_application_roleContext;
    drop_aggregate(): Drop_aggregateContext;
    drop_application_role(): Drop_application_roleContext;
    alter_assembly(): Alter_assemblyContext;
    alter_assembly_start(): Alter_assembly_startContext;
    alter_assembly_clause(): Alter_assembly_clauseContext;
    alter_assembly_from_clause(): Alter_assembly_from_clauseContext;
    alter_assembly_from_clause_start(): Alter_assembly_from_clause_startContext;
    alter_assembly_drop_clause(): Alter_assembly_drop_clauseContext;
    alter_assembly_drop_multiple_files(): Alter_assembly_drop_multiple_filesContext;
    alter_assembly_drop(): Alter_assembly_dropContext;
    alter_assembly_add_clause(): Alter_assembly_add_clauseContext;
    alter_asssembly_add_clause_start(): Alter_asssembly_add_clause_startContext;
    alter_assembly_client_file_clause(): Alter_assembly_client_file_clauseContext;
    alter_assembly_file_name(): Alter_assembly_file_nameContext;
    alter_assembly_file_bits(): Alter_assembly_file_bitsContext;
    alter_assembly_as(): Alter_assembly_asContext;
    alter_assembly_with_clause(): Alter_assembly_with_clauseContext;
    alter_assembly_with(): Alter_assembly_withContext;
    client_assembly_specifier(): Client_assembly_specifierContext;
    assembly_option(): Assembly_optionContext;
    assembly_option(_p: number): Assembly_optionContext;
    network_file_share(): Network_file_shareContext;
    network_computer(): Network_computerContext;
    network_file_start(): Network_file_startContext;
    file_path(): File_pathContext;
    file_directory_path_separator(): File_directory_path_separatorContext;
    local_file(): Local_fileContext;
    local_drive(): Local_driveContext;
    multiple_local_files(): Multiple_local_filesContext;
    multiple_local_file_start(): Multiple_local_file_startContext;
    create_assembly(): Create_assemblyContext;
    drop_assembly(): Drop_assemblyContext;
    alter_asymmetric_key(): Alter_asymmetric_keyContext;
    alter_asymmetric_key_start(): Alter_asymmetric_key_startContext;
    asymmetric_key_option(): Asymmetric_key_optionContext;
    asymmetric_key_option_start(): Asymmetric_key_option_startContext;
    asymmetric_key_password_change_option(): Asymmetric_key_password_change_optionContext;
    create_asymmetric_key(): Create_asymmetric_keyContext;
    drop_asymmetric_key(): Drop_asymmetric_keyContext;
    alter_authorization(): Alter_authorizationContext;
    authorization_grantee(): Authorization_granteeContext;
    entity_to(): Entity_toContext;
    colon_colon(): Colon_colonContext;
    alter_authorization_start(): Alter_authorization_startContext;
    alter_authorization_for_sql_database(): Alter_authorization_for_sql_databaseContext;
    alter_authorization_for_azure_dw(): Alter_authorization_for_azure_dwContext;
    alter_authorization_for_parallel_dw(): Alter_authorization_for_parallel_dwContext;
    class_type(): Class_typeContext;
    class_type_for_sql_database(): Class_type_for_sql_databaseContext;
    class_type_for_azure_dw(): Class_type_for_azure_dwContext;
    class_type_for_parallel_dw(): Class_type_for_parallel_dwContext;
    class_type_for_grant(): Class_type_for_grantContext;
    drop_availability_group(): Drop_availability_groupContext;
    alter_availability_group(): Alter_availability_groupContext;
    alter_availability_group_start(): Alter_availability_group_startContext;
    alter_availability_group_options(): Alter_availability_group_optionsContext;
    ip_v4_failover(): Ip_v4_failoverContext;
    ip_v6_failover(): Ip_v6_failoverContext;
    create_or_alter_broker_priority(): Create_or_alter_broker_priorityContext;
    drop_broker_priority(): Drop_broker_priorityContext;
    alter_certificate(): Alter_certificateContext;
    alter_column_encryption_key(): Alter_column_encryption_keyContext;
    create_column_encryption_key(): Create_column_encryption_keyContext;
    drop_certificate(): Drop_certificateContext;
    drop_column_encryption_key(): Drop_column_encryption_keyContext;
    drop_column_master_key(): Drop_column_master_keyContext;
    drop_contract(): Drop_contractContext;
    drop_credential(): Drop_credentialContext;
    drop_cryptograhic_provider(): Drop_cryptograhic_providerContext;
    drop_database(): Drop_databaseContext;
    drop_database_audit_specification(): Drop_database_audit_specificationContext;
    drop_database_encryption_key(): Drop_database_encryption_keyContext;
    drop_database_scoped_credential(): Drop_database_scoped_credentialContext;
    drop_default(): Drop_defaultContext;
    drop_endpoint(): Drop_endpointContext;
    drop_external_data_source(): Drop_external_data_sourceContext;
    drop_external_file_format(): Drop_external_file_formatContext;
    drop_external_library(): Drop_external_libraryContext;
    drop_external_resource_pool(): Drop_external_resource_poolContext;
    drop_external_table(): Drop_external_tableContext;
    drop_event_notifications(): Drop_event_notificationsContext;
    drop_event_session(): Drop_event_sessionContext;
    drop_fulltext_catalog(): Drop_fulltext_catalogContext;
    drop_fulltext_index(): Drop_fulltext_indexContext;
    drop_fulltext_stoplist(): Drop_fulltext_stoplistContext;
    drop_login(): Drop_loginContext;
    drop_master_key(): Drop_master_keyContext;
    drop_message_type(): Drop_message_typeContext;
    drop_partition_function(): Drop_partition_functionContext;
    drop_partition_scheme(): Drop_partition_schemeContext;
    drop_queue(): Drop_queueContext;
    drop_remote_service_binding(): Drop_remote_service_bindingContext;
    drop_resource_pool(): Drop_resource_poolContext;
    drop_db_role(): Drop_db_roleContext;
    drop_route(): Drop_routeContext;
    drop_rule(): Drop_ruleContext;
    drop_schema(): Drop_schemaContext;
    drop_search_property_list(): Drop_search_property_listContext;
    drop_security_policy(): Drop_security_policyContext;
    drop_sequence(): Drop_sequenceContext;
    drop_server_audit(): Drop_server_auditContext;
    drop_server_audit_specification(): Drop_server_audit_specificationContext;
    drop_server_role(): Drop_server_roleContext;
    drop_service(): Drop_serviceContext;
    drop_signature(): Drop_signatureContext;
    drop_statistics_name_azure_dw_and_pdw(): Drop_statistics_name_azure_dw_and_pdwContext;
    drop_symmetric_key(): Drop_symmetric_keyContext;
    drop_synonym(): Drop_synonymContext;
    drop_user(): Drop_userContext;
    drop_workload_group(): Drop_workload_groupContext;
    drop_xml_schema_collection(): Drop_xml_schema_collectionContext;
    disable_trigger(): Disable_triggerContext;
    enable_trigger(): Enable_triggerContext;
    lock_table(): Lock_tableContext;
    truncate_table(): Truncate_tableContext;
    create_column_master_key(): Create_column_master_keyContext;
    alter_credential(): Alter_credentialContext;
    create_credential(): Create_credentialContext;
    alter_cryptographic_provider(): Alter_cryptographic_providerContext;
    create_cryptographic_provider(): Create_cryptographic_providerContext;
    create_endpoint(): Create_endpointContext;
    endpoint_encryption_alogorithm_clause(): Endpoint_encryption_alogorithm_clauseContext;
    endpoint_authentication_clause(): Endpoint_authentication_clauseContext;
    endpoint_listener_clause(): Endpoint_listener_clauseContext;
    create_event_notification(): Create_event_notificationContext;
    create_or_alter_event_session(): Create_or_alter_event_sessionContext;
    event_session_predicate_expression(): Event_session_predicate_expressionContext;
    event_session_predicate_factor(): Event_session_predicate_factorContext;
    event_session_predicate_leaf(): Event_session_predicate_leafContext;
    alter_external_data_source(): Alter_external_data_sourceContext;
    alter_external_library(): Alter_external_libraryContext;
    create_external_library(): Create_external_libraryContext;
    alter_external_resource_pool(): Alter_external_resource_poolContext;
    create_external_resource_pool(): Create_external_resource_poolContext;
    alter_fulltext_catalog(): Alter_fulltext_catalogContext;
    create_fulltext_catalog(): Create_fulltext_catalogContext;
    alter_fulltext_stoplist(): Alter_fulltext_stoplistContext;
    create_fulltext_stoplist(): Create_fulltext_stoplistContext;
    alter_login_sql_server(): Alter_login_sql_serverContext;
    create_login_sql_server(): Create_login_sql_serverContext;
    alter_login_azure_sql(): Alter_login_azure_sqlContext;
    create_login_azure_sql(): Create_login_azure_sqlContext;
    alter_login_azure_sql_dw_and_pdw(): Alter_login_azure_sql_dw_and_pdwContext;
    create_login_pdw(): Create_login_pdwContext;
    alter_master_key_sql_server(): Alter_master_key_sql_serverContext;
    create_master_key_sql_server(): Create_master_key_sql_serverContext;
    alter_master_key_azure_sql(): Alter_master_key_azure_sqlContext;
    create_master_key_azure_sql(): Create_master_key_azure_sqlContext;
    alter_message_type(): Alter_message_typeContext;
    alter_partition_function(): Alter_partition_functionContext;
    alter_partition_scheme(): Alter_partition_schemeContext;
    alter_remote_service_binding(): Alter_remote_service_bindingContext;
    create_remote_service_binding(): Create_remote_service_bindingContext;
    create_resource_pool(): Create_resource_poolContext;
    alter_resource_governor(): Alter_resource_governorContext;
    alter_database_audit_specification(): Alter_database_audit_specificationContext;
    audit_action_spec_group(): Audit_action_spec_groupContext;
    audit_action_specification(): Audit_action_specificationContext;
    action_specification(): Action_specificationContext;
    audit_class_name(): Audit_class_nameContext;
    audit_securable(): Audit_securableContext;
    alter_db_role(): Alter_db_roleContext;
    create_database_audit_specification(): Create_database_audit_specificationContext;
    create_db_role(): Create_db_roleContext;
    create_route(): Create_routeContext;
    create_rule(): Create_ruleContext;
    alter_schema_sql(): Alter_schema_sqlContext;
    create_schema(): Create_schemaContext;
    create_schema_azure_sql_dw_and_pdw(): Create_schema_azure_sql_dw_and_pdwContext;
    alter_schema_azure_sql_dw_and_pdw(): Alter_schema_azure_sql_dw_and_pdwContext;
    create_search_property_list(): Create_search_property_listContext;
    create_security_policy(): Create_security_policyContext;
    alter_sequence(): Alter_sequenceContext;
    create_sequence(): Create_sequenceContext;
    alter_server_audit(): Alter_server_auditContext;
    create_server_audit(): Create_server_auditContext;
    alter_server_audit_specification(): Alter_server_audit_specificationContext;
    create_server_audit_specification(): Create_server_audit_specificationContext;
    alter_server_configuration(): Alter_server_configurationContext;
    alter_server_role(): Alter_server_roleContext;
    create_server_role(): Create_server_roleContext;
    alter_server_role_pdw(): Alter_server_role_pdwContext;
    alter_service(): Alter_serviceContext;
    opt_arg_clause(): Opt_arg_clauseContext;
    create_service(): Create_serviceContext;
    alter_service_master_key(): Alter_service_master_keyContext;
    alter_symmetric_key(): Alter_symmetric_keyContext;
    create_synonym(): Create_synonymContext;
    alter_user(): Alter_userContext;
    create_user(): Create_userContext;
    create_user_azure_sql_dw(): Create_user_azure_sql_dwContext;
    alter_user_azure_sql(): Alter_user_azure_sqlContext;
    alter_workload_group(): Alter_workload_groupContext;
    create_workload_group(): Create_workload_groupContext;
    create_xml_schema_collection(): Create_xml_schema_collectionContext;
    create_partition_function(): Create_partition_functionContext;
    create_partition_scheme(): Create_partition_schemeContext;
    create_queue(): Create_queueContext;
    queue_settings(): Queue_settingsContext;
    alter_queue(): Alter_queueContext;
    queue_action(): Queue_actionContext;
    queue_rebuild_options(): Queue_rebuild_optionsContext;
    create_contract(): Create_contractContext;
    conversation_statement(): Conversation_statementContext;
    message_statement(): Message_statementContext;
    merge_statement(): Merge_statementContext;
    when_matches(): When_matchesContext;
    merge_matched(): Merge_matchedContext;
    merge_not_matched(): Merge_not_matchedContext;
    delete_statement(): Delete_statementContext;
    delete_statement_from(): Delete_statement_fromContext;
    insert_statement(): Insert_statementContext;
    insert_statement_value(): Insert_statement_valueContext;
    receive_statement(): Receive_statementContext;
    select_statement_standalone(): Select_statement_standaloneContext;
    select_statement(): Select_statementContext;
    time(): TimeContext;
    update_statement(): Update_statementContext;
    output_clause(): Output_clauseContext;
    output_dml_list_elem(): Output_dml_list_elemContext;
    create_database(): Create_databaseContext;
    create_index(): Create_indexContext;
    create_index_options(): Create_index_optionsContext;
    relational_index_option(): Relational_index_optionContext;
    alter_index(): Alter_indexContext;
    resumable_index_options(): Resumable_index_optionsContext;
    resumable_index_option(): Resumable_index_optionContext;
    reorganize_partition(): Reorganize_partitionContext;
    reorganize_options(): Reorganize_optionsContext;
    reorganize_option(): Reorganize_optionContext;
    set_index_options(): Set_index_optionsContext;
    set_index_option(): Set_index_optionContext;
    rebuild_partition(): Rebuild_partitionContext;
    rebuild_index_options(): Rebuild_index_optionsContext;
    rebuild_index_option(): Rebuild_index_optionContext;
    single_partition_rebuild_index_options(): Single_partition_rebuild_index_optionsContext;
    single_partition_rebuild_index_option(): Single_partition_rebuild_index_optionContext;
    on_partitions(): On_partitionsContext;
    create_columnstore_index(): Create_columnstore_indexContext;
    create_columnstore_index_options(): Create_columnstore_index_optionsContext;
    columnstore_index_option(): Columnstore_index_optionContext;
    create_nonclustered_columnstore_index(): Create_nonclustered_columnstore_indexContext;
    create_xml_index(): Create_xml_indexContext;
    xml_index_options(): Xml_index_optionsContext;
    xml_index_option(): Xml_index_optionContext;
    create_or_alter_procedure(): Create_or_alter_procedureContext;
    as_external_name(): As_external_nameContext;
    create_or_alter_trigger(): Create_or_alter_triggerContext;
    create_or_alter_dml_trigger(): Create_or_alter_dml_triggerContext;
    dml_trigger_option(): Dml_trigger_optionContext;
    dml_trigger_operation(): Dml_trigger_operationContext;
    create_or_alter_ddl_trigger(): Create_or_alter_ddl_triggerContext;
    ddl_trigger_operation(): Ddl_trigger_operationContext;
    create_or_alter_function(): Create_or_alter_functionContext;
    func_body_returns_select(): Func_body_returns_selectContext;
    func_body_returns_table(): Func_body_returns_tableContext;
    func_body_returns_scalar(): Func_body_returns_scalarContext;
    procedure_param_default_value(): Procedure_param_default_valueContext;
    procedure_param(): Procedure_paramContext;
    procedure_option(): Procedure_optionContext;
    function_option(): Function_optionContext;
    create_statistics(): Create_statisticsContext;
    update_statistics(): Update_statisticsContext;
    update_statistics_options(): Update_statistics_optionsContext;
    update_statistics_option(): Update_statistics_optionContext;
    create_table(): Create_tableContext;
    table_indices(): Table_indicesContext;
    table_options(): Table_optionsContext;
    table_option(): Table_optionContext;
    create_table_index_options(): Create_table_index_optionsContext;
    create_table_index_option(): Create_table_index_optionContext;
    create_view(): Create_viewContext;
    view_attribute(): View_attributeContext;
    alter_table(): Alter_tableContext;
    switch_partition(): Switch_partitionContext;
    low_priority_lock_wait(): Low_priority_lock_waitContext;
    alter_database(): Alter_databaseContext;
    add_or_modify_files(): Add_or_modify_filesContext;
    filespec(): FilespecContext;
    add_or_modify_filegroups(): Add_or_modify_filegroupsContext;
    filegroup_updatability_option(): Filegroup_updatability_optionContext;
    database_optionspec(): Database_optionspecContext;
    auto_option(): Auto_optionContext;
    change_tracking_option(): Change_tracking_optionContext;
    change_tracking_option_list(): Change_tracking_option_listContext;
    containment_option(): Containment_optionContext;
    cursor_option(): Cursor_optionContext;
    alter_endpoint(): Alter_endpointContext;
    database_mirroring_option(): Database_mirroring_optionContext;
    mirroring_set_option(): Mirroring_set_optionContext;
    mirroring_partner(): Mirroring_partnerContext;
    mirroring_witness(): Mirroring_witnessContext;
    witness_partner_equal(): Witness_partner_equalContext;
    partner_option(): Partner_optionContext;
    witness_option(): Witness_optionContext;
    witness_server(): Witness_serverContext;
    partner_server(): Partner_serverContext;
    mirroring_host_port_seperator(): Mirroring_host_port_seperatorContext;
    partner_server_tcp_prefix(): Partner_server_tcp_prefixContext;
    port_number(): Port_numberContext;
    host(): HostContext;
    date_correlation_optimization_option(): Date_correlation_optimization_optionContext;
    db_encryption_option(): Db_encryption_optionContext;
    db_state_option(): Db_state_optionContext;
    db_update_option(): Db_update_optionContext;
    db_user_access_option(): Db_user_access_optionContext;
    delayed_durability_option(): Delayed_durability_optionContext;
    external_access_option(): External_access_optionContext;
    hadr_options(): Hadr_optionsContext;
    mixed_page_allocation_option(): Mixed_page_allocation_optionContext;
    parameterization_option(): Parameterization_optionContext;
    recovery_option(): Recovery_optionContext;
    service_broker_option(): Service_broker_optionContext;
    snapshot_option(): Snapshot_optionContext;
    sql_option(): Sql_optionContext;
    target_recovery_time_option(): Target_recovery_time_optionContext;
    termination(): TerminationContext;
    drop_index(): Drop_indexContext;
    drop_relational_or_xml_or_spatial_index(): Drop_relational_or_xml_or_spatial_indexContext;
    drop_backward_compatible_index(): Drop_backward_compatible_indexContext;
    drop_procedure(): Drop_procedureContext;
    drop_trigger(): Drop_triggerContext;
    drop_dml_trigger(): Drop_dml_triggerContext;
    drop_ddl_trigger(): Drop_ddl_triggerContext;
    drop_function(): Drop_functionContext;
    drop_statistics(): Drop_statisticsContext;
    drop_table(): Drop_tableContext;
    drop_view(): Drop_viewContext;
    create_type(): Create_typeContext;
    drop_type(): Drop_typeContext;
    rowset_function_limited(): Rowset_function_limitedContext;
    openquery(): OpenqueryContext;
    opendatasource(): OpendatasourceContext;
    declare_statement(): Declare_statementContext;
    xml_declaration(): Xml_declarationContext;
    cursor_statement(): Cursor_statementContext;
    backup_database(): Backup_databaseContext;
    backup_log(): Backup_logContext;
    backup_certificate(): Backup_certificateContext;
    backup_master_key(): Backup_master_keyContext;
    backup_service_master_key(): Backup_service_master_keyContext;
    kill_statement(): Kill_statementContext;
    kill_process(): Kill_processContext;
    kill_query_notification(): Kill_query_notificationContext;
    kill_stats_job(): Kill_stats_jobContext;
    execute_statement(): Execute_statementContext;
    execute_body_batch(): Execute_body_batchContext;
    execute_body(): Execute_bodyContext;
    execute_statement_arg(): Execute_statement_argContext;
    execute_statement_arg_named(): Execute_statement_arg_namedContext;
    execute_statement_arg_unnamed(): Execute_statement_arg_unnamedContext;
    execute_parameter(): Execute_parameterContext;
    execute_var_string(): Execute_var_stringContext;
    security_statement(): Security_statementContext;
    principal_id(): Principal_idContext;
    create_certificate(): Create_certificateContext;
    existing_keys(): Existing_keysContext;
    private_key_options(): Private_key_optionsContext;
    generate_new_keys(): Generate_new_keysContext;
    date_options(): Date_optionsContext;
    open_key(): Open_keyContext;
    close_key(): Close_keyContext;
    create_key(): Create_keyContext;
    key_options(): Key_optionsContext;
    algorithm(): AlgorithmContext;
    encryption_mechanism(): Encryption_mechanismContext;
    decryption_mechanism(): Decryption_mechanismContext;
    grant_permission(): Grant_permissionContext;
    set_statement(): Set_statementContext;
    transaction_statement(): Transaction_statementContext;
    go_statement(): Go_statementContext;
    use_statement(): Use_statementContext;
    setuser_statement(): Setuser_statementContext;
    reconfigure_statement(): Reconfigure_statementContext;
    shutdown_statement(): Shutdown_statementContext;
    checkpoint_statement(): Checkpoint_statementContext;
    dbcc_checkalloc_option(): Dbcc_checkalloc_optionContext;
    dbcc_checkalloc(): Dbcc_checkallocContext;
    dbcc_checkcatalog(): Dbcc_checkcatalogContext;
    dbcc_checkconstraints_option(): Dbcc_checkconstraints_optionContext;
    dbcc_checkconstraints(): Dbcc_checkconstraintsContext;
    dbcc_checkdb_table_option(): Dbcc_checkdb_table_optionContext;
    dbcc_checkdb(): Dbcc_checkdbContext;
    dbcc_checkfilegroup_option(): Dbcc_checkfilegroup_optionContext;
    dbcc_checkfilegroup(): Dbcc_checkfilegroupContext;
    dbcc_checktable(): Dbcc_checktableContext;
    dbcc_cleantable(): Dbcc_cleantableContext;
    dbcc_clonedatabase_option(): Dbcc_clonedatabase_optionContext;
    dbcc_clonedatabase(): Dbcc_clonedatabaseContext;
    dbcc_pdw_showspaceused(): Dbcc_pdw_showspaceusedContext;
    dbcc_proccache(): Dbcc_proccacheContext;
    dbcc_showcontig_option(): Dbcc_showcontig_optionContext;
    dbcc_showcontig(): Dbcc_showcontigContext;
    dbcc_shrinklog(): Dbcc_shrinklogContext;
    dbcc_dbreindex(): Dbcc_dbreindexContext;
    dbcc_dll_free(): Dbcc_dll_freeContext;
    dbcc_dropcleanbuffers(): Dbcc_dropcleanbuffersContext;
    dbcc_clause(): Dbcc_clauseContext;
    execute_clause(): Execute_clauseContext;
    declare_local(): Declare_localContext;
    table_type_definition(): Table_type_definitionContext;
    table_type_indices(): Table_type_indicesContext;
    xml_type_definition(): Xml_type_definitionContext;
    xml_schema_collection(): Xml_schema_collectionContext;
    column_def_table_constraints(): Column_def_table_constraintsContext;
    column_def_table_constraint(): Column_def_table_constraintContext;
    column_definition(): Column_definitionContext;
    column_definition_element(): Column_definition_elementContext;
    column_modifier(): Column_modifierContext;
    materialized_column_definition(): Materialized_column_definitionContext;
    column_constraint(): Column_constraintContext;
    column_index(): Column_indexContext;
    on_partition_or_filegroup(): On_partition_or_filegroupContext;
    table_constraint(): Table_constraintContext;
    connection_node(): Connection_nodeContext;
    primary_key_options(): Primary_key_optionsContext;
    foreign_key_options(): Foreign_key_optionsContext;
    check_constraint(): Check_constraintContext;
    on_delete(): On_deleteContext;
    on_update(): On_updateContext;
    alter_table_index_options(): Alter_table_index_optionsContext;
    alter_table_index_option(): Alter_table_index_optionContext;
    declare_cursor(): Declare_cursorContext;
    declare_set_cursor_common(): Declare_set_cursor_commonContext;
    declare_set_cursor_common_partial(): Declare_set_cursor_common_partialContext;
    fetch_cursor(): Fetch_cursorContext;
    set_special(): Set_specialContext;
    special_list(): Special_listContext;
    constant_LOCAL_ID(): Constant_LOCAL_IDContext;
    expression(): ExpressionContext;
    expression(_p: number): ExpressionContext;
    parameter(): ParameterContext;
    time_zone(): Time_zoneContext;
    primitive_expression(): Primitive_expressionContext;
    case_expression(): Case_expressionContext;
    unary_operator_expression(): Unary_operator_expressionContext;
    bracket_expression(): Bracket_expressionContext;
    subquery(): SubqueryContext;
    with_expression(): With_expressionContext;
    common_table_expression(): Common_table_expressionContext;
    update_elem(): Update_elemContext;
    update_elem_merge(): Update_elem_mergeContext;
    search_condition(): Search_conditionContext;
    search_condition(_p: number): Search_conditionContext;
    predicate(): PredicateContext;
    query_expression(): Query_expressionContext;
    sql_union(): Sql_unionContext;
    query_specification(): Query_specificationContext;
    top_clause(): Top_clauseContext;
    top_percent(): Top_percentContext;
    top_count(): Top_countContext;
    order_by_clause(): Order_by_clauseContext;
    select_order_by_clause(): Select_order_by_clauseContext;
    for_clause(): For_clauseContext;
    xml_common_directives(): Xml_common_directivesContext;
    order_by_expression(): Order_by_expressionContext;
    grouping_sets_item(): Grouping_sets_itemContext;
    group_by_item(): Group_by_itemContext;
    option_clause(): Option_clauseContext;
    option(): OptionContext;
    optimize_for_arg(): Optimize_for_argContext;
    select_list(): Select_listContext;
    udt_method_arguments(): Udt_method_argumentsContext;
    asterisk(): AsteriskContext;
    udt_elem(): Udt_elemContext;
    expression_elem(): Expression_elemContext;
    select_list_elem(): Select_list_elemContext;
    table_sources(): Table_sourcesContext;
    non_ansi_join(): Non_ansi_joinContext;
    table_source(): Table_sourceContext;
    table_source_item(): Table_source_itemContext;
    open_xml(): Open_xmlContext;
    open_json(): Open_jsonContext;
    json_declaration(): Json_declarationContext;
    json_column_declaration(): Json_column_declarationContext;
    schema_declaration(): Schema_declarationContext;
    column_declaration(): Column_declarationContext;
    change_table(): Change_tableContext;
    change_table_changes(): Change_table_changesContext;
    change_table_version(): Change_table_versionContext;
    join_part(): Join_partContext;
    join_on(): Join_onContext;
    cross_join(): Cross_joinContext;
    apply_(): Apply_Context;
    pivot(): PivotContext;
    unpivot(): UnpivotContext;
    pivot_clause(): Pivot_clauseContext;
    unpivot_clause(): Unpivot_clauseContext;
    full_column_name_list(): Full_column_name_listContext;
    rowset_function(): Rowset_functionContext;
    bulk_option(): Bulk_optionContext;
    derived_table(): Derived_tableContext;
    function_call(): Function_callContext;
    partition_function(): Partition_functionContext;
    freetext_function(): Freetext_functionContext;
    freetext_predicate(): Freetext_predicateContext;
    json_key_value(): Json_key_valueContext;
    json_null_clause(): Json_null_clauseContext;
    built_in_functions(): Built_in_functionsContext;
    xml_data_type_methods(): Xml_data_type_methodsContext;
    dateparts_9(): Dateparts_9Context;
    dateparts_12(): Dateparts_12Context;
    dateparts_15(): Dateparts_15Context;
    dateparts_datetrunc(): Dateparts_datetruncContext;
    value_method(): Value_methodContext;
    value_call(): Value_callContext;
    query_method(): Query_methodContext;
    query_call(): Query_callContext;
    exist_method(): Exist_methodContext;
    exist_call(): Exist_callContext;
    modify_method(): Modify_methodContext;
    modify_call(): Modify_callContext;
    hierarchyid_call(): Hierarchyid_callContext;
    hierarchyid_static_method(): Hierarchyid_static_methodContext;
    nodes_method(): Nodes_methodContext;
    switch_section(): Switch_sectionContext;
    switch_search_condition_section(): Switch_search_condition_sectionContext;
    as_column_alias(): As_column_aliasContext;
    as_table_alias(): As_table_aliasContext;
    table_alias(): Table_aliasContext;
    with_table_hints(): With_table_hintsContext;
    deprecated_table_hint(): Deprecated_table_hintContext;
    sybase_legacy_hints(): Sybase_legacy_hintsContext;
    sybase_legacy_hint(): Sybase_legacy_hintContext;
    table_hint(): Table_hintContext;
    index_value(): Index_valueContext;
    column_alias_list(): Column_alias_listContext;
    column_alias(): Column_aliasContext;
    table_value_constructor(): Table_value_constructorContext;
    expression_list_(): Expression_list_Context;
    ranking_windowed_function(): Ranking_windowed_functionContext;
    aggregate_windowed_function(): Aggregate_windowed_functionContext;
    analytic_windowed_function(): Analytic_windowed_functionContext;
    all_distinct_expression(): All_distinct_expressionContext;
    over_clause(): Over_clauseContext;
    row_or_range_clause(): Row_or_range_clauseContext;
    window_frame_extent(): Window_frame_extentContext;
    window_frame_bound(): Window_frame_boundContext;
    window_frame_preceding(): Window_frame_precedingContext;
    window_frame_following(): Window_frame_followingContext;
    create_database_option(): Create_database_optionContext;
    database_filestream_option(): Database_filestream_optionContext;
    database_file_spec(): Database_file_specContext;
    file_group(): File_groupContext;
    file_spec(): File_specContext;
    entity_name(): Entity_nameContext;
    entity_name_for_azure_dw(): Entity_name_for_azure_dwContext;
    entity_name_for_parallel_dw(): Entity_name_for_parallel_dwContext;
    full_table_name(): Full_table_nameContext;
    table_name(): Table_nameContext;
    simple_name(): Simple_nameContext;
    func_proc_name_schema(): Func_proc_name_schemaContext;
    func_proc_name_database_schema(): Func_proc_name_database_schemaContext;
    func_proc_name_server_database_schema(): Func_proc_name_server_database_schemaContext;
    ddl_object(): Ddl_objectContext;
    full_column_name(): Full_column_nameContext;
    column_name_list_with_order(): Column_name_list_with_orderContext;
    insert_column_name_list(): Insert_column_name_listContext;
    insert_column_id(): Insert_column_idContext;
    column_name_list(): Column_name_listContext;
    cursor_name(): Cursor_nameContext;
    on_off(): On_offContext;
    clustered(): ClusteredContext;
    null_notnull(): Null_notnullContext;
    scalar_function_name(): Scalar_function_nameContext;
    begin_conversation_timer(): Begin_conversation_timerContext;
    begin_conversation_dialog(): Begin_conversation_dialogContext;
    contract_name(): Contract_nameContext;
    service_name(): Service_nameContext;
    end_conversation(): End_conversationContext;
    waitfor_conversation(): Waitfor_conversationContext;
    get_conversation(): Get_conversationContext;
    queue_id(): Queue_idContext;
    send_conversation(): Send_conversationContext;
    data_type(): Data_typeContext;
    constant(): ConstantContext;
    primitive_constant(): Primitive_constantContext;
    keyword(): KeywordContext;
    id_(): Id_Context;
    simple_id(): Simple_idContext;
    id_or_string(): Id_or_stringContext;
    comparison_operator(): Comparison_operatorContext;
    assignment_operator(): Assignment_operatorContext;
    file_size(): File_sizeContext;
    sempred(localContext: antlr.ParserRuleContext | null, ruleIndex: number, predIndex: number): boolean;
    private assembly_option_sempred;
    private expression_sempred;
    private search_condition_sempred;
    static readonly _serializedATN: number[];
    private static __ATN;
    static get _ATN(): antlr.ATN;
    private static readonly vocabulary;
    get vocabulary(): antlr.Vocabulary;
    private static readonly decisionsToDFA;
}
export declare class Tsql_fileContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EOF(): antlr.TerminalNode;
    batch(): BatchContext[];
    batch(i: number): BatchContext | null;
    execute_body_batch(): Execute_body_batchContext | null;
    go_statement(): Go_statementContext[];
    go_statement(i: number): Go_statementContext | null;
    get ruleIndex(): number;
}
export declare class BatchContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    go_statement(): Go_statementContext[];
    go_statement(i: number): Go_statementContext | null;
    execute_body_batch(): Execute_body_batchContext | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    batch_level_statement(): Batch_level_statementContext | null;
    get ruleIndex(): number;
}
export declare class Batch_level_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    create_or_alter_function(): Create_or_alter_functionContext | null;
    create_or_alter_procedure(): Create_or_alter_procedureContext | null;
    create_or_alter_trigger(): Create_or_alter_triggerContext | null;
    create_view(): Create_viewContext | null;
    get ruleIndex(): number;
}
export declare class Sql_clausesContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    dml_clause(): Dml_clauseContext | null;
    SEMI(): antlr.TerminalNode | null;
    cfl_statement(): Cfl_statementContext | null;
    another_statement(): Another_statementContext | null;
    ddl_clause(): Ddl_clauseContext | null;
    dbcc_clause(): Dbcc_clauseContext | null;
    backup_statement(): Backup_statementContext | null;
    get ruleIndex(): number;
}
export declare class Dml_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    merge_statement(): Merge_statementContext | null;
    delete_statement(): Delete_statementContext | null;
    insert_statement(): Insert_statementContext | null;
    select_statement_standalone(): Select_statement_standaloneContext | null;
    update_statement(): Update_statementContext | null;
    get ruleIndex(): number;
}
export declare class Ddl_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_application_role(): Alter_application_roleContext | null;
    alter_assembly(): Alter_assemblyContext | null;
    alter_asymmetric_key(): Alter_asymmetric_keyContext | null;
    alter_authorization(): Alter_authorizationContext | null;
    alter_authorization_for_azure_dw(): Alter_authorization_for_azure_dwContext | null;
    alter_authorization_for_parallel_dw(): Alter_authorization_for_parallel_dwContext | null;
    alter_authorization_for_sql_database(): Alter_authorization_for_sql_databaseContext | null;
    alter_availability_group(): Alter_availability_groupContext | null;
    alter_certificate(): Alter_certificateContext | null;
    alter_column_encryption_key(): Alter_column_encryption_keyContext | null;
    alter_credential(): Alter_credentialContext | null;
    alter_cryptographic_provider(): Alter_cryptographic_providerContext | null;
    alter_database(): Alter_databaseContext | null;
    alter_database_audit_specification(): Alter_database_audit_specificationContext | null;
    alter_db_role(): Alter_db_roleContext | null;
    alter_endpoint(): Alter_endpointContext | null;
    alter_external_data_source(): Alter_external_data_sourceContext | null;
    alter_external_library(): Alter_external_libraryContext | null;
    alter_external_resource_pool(): Alter_external_resource_poolContext | null;
    alter_fulltext_catalog(): Alter_fulltext_catalogContext | null;
    alter_fulltext_stoplist(): Alter_fulltext_stoplistContext | null;
    alter_index(): Alter_indexContext | null;
    alter_login_azure_sql(): Alter_login_azure_sqlContext | null;
    alter_login_azure_sql_dw_and_pdw(): Alter_login_azure_sql_dw_and_pdwContext | null;
    alter_login_sql_server(): Alter_login_sql_serverContext | null;
    alter_master_key_azure_sql(): Alter_master_key_azure_sqlContext | null;
    alter_master_key_sql_server(): Alter_master_key_sql_serverContext | null;
    alter_message_type(): Alter_message_typeContext | null;
    alter_partition_function(): Alter_partition_functionContext | null;
    alter_partition_scheme(): Alter_partition_schemeContext | null;
    alter_remote_service_binding(): Alter_remote_service_bindingContext | null;
    alter_resource_governor(): Alter_resource_governorContext | null;
    alter_schema_azure_sql_dw_and_pdw(): Alter_schema_azure_sql_dw_and_pdwContext | null;
    alter_schema_sql(): Alter_schema_sqlContext | null;
    alter_sequence(): Alter_sequenceContext | null;
    alter_server_audit(): Alter_server_auditContext | null;
    alter_server_audit_specification(): Alter_server_audit_specificationContext | null;
    alter_server_configuration(): Alter_server_configurationContext | null;
    alter_server_role(): Alter_server_roleContext | null;
    alter_server_role_pdw(): Alter_server_role_pdwContext | null;
    alter_service(): Alter_serviceContext | null;
    alter_service_master_key(): Alter_service_master_keyContext | null;
    alter_symmetric_key(): Alter_symmetric_keyContext | null;
    alter_table(): Alter_tableContext | null;
    alter_user(): Alter_userContext | null;
    alter_user_azure_sql(): Alter_user_azure_sqlContext | null;
    alter_workload_group(): Alter_workload_groupContext | null;
    alter_xml_schema_collection(): Alter_xml_schema_collectionContext | null;
    create_application_role(): Create_application_roleContext | null;
    create_assembly(): Create_assemblyContext | null;
    create_asymmetric_key(): Create_asymmetric_keyContext | null;
    create_column_encryption_key(): Create_column_encryption_keyContext | null;
    create_column_master_key(): Create_column_master_keyContext | null;
    create_columnstore_index(): Create_columnstore_indexContext | null;
    create_credential(): Create_credentialContext | null;
    create_cryptographic_provider(): Create_cryptographic_providerContext | null;
    create_database(): Create_databaseContext | null;
    create_database_audit_specification(): Create_database_audit_specificationContext | null;
    create_db_role(): Create_db_roleContext | null;
    create_endpoint(): Create_endpointContext | null;
    create_event_notification(): Create_event_notificationContext | null;
    create_external_library(): Create_external_libraryContext | null;
    create_external_resource_pool(): Create_external_resource_poolContext | null;
    create_fulltext_catalog(): Create_fulltext_catalogContext | null;
    create_fulltext_stoplist(): Create_fulltext_stoplistContext | null;
    create_index(): Create_indexContext | null;
    create_login_azure_sql(): Create_login_azure_sqlContext | null;
    create_login_pdw(): Create_login_pdwContext | null;
    create_login_sql_server(): Create_login_sql_serverContext | null;
    create_master_key_azure_sql(): Create_master_key_azure_sqlContext | null;
    create_master_key_sql_server(): Create_master_key_sql_serverContext | null;
    create_nonclustered_columnstore_index(): Create_nonclustered_columnstore_indexContext | null;
    create_or_alter_broker_priority(): Create_or_alter_broker_priorityContext | null;
    create_or_alter_event_session(): Create_or_alter_event_sessionContext | null;
    create_partition_function(): Create_partition_functionContext | null;
    create_partition_scheme(): Create_partition_schemeContext | null;
    create_remote_service_binding(): Create_remote_service_bindingContext | null;
    create_resource_pool(): Create_resource_poolContext | null;
    create_route(): Create_routeContext | null;
    create_rule(): Create_ruleContext | null;
    create_schema(): Create_schemaContext | null;
    create_schema_azure_sql_dw_and_pdw(): Create_schema_azure_sql_dw_and_pdwContext | null;
    create_search_property_list(): Create_search_property_listContext | null;
    create_security_policy(): Create_security_policyContext | null;
    create_sequence(): Create_sequenceContext | null;
    create_server_audit(): Create_server_auditContext | null;
    create_server_audit_specification(): Create_server_audit_specificationContext | null;
    create_server_role(): Create_server_roleContext | null;
    create_service(): Create_serviceContext | null;
    create_statistics(): Create_statisticsContext | null;
    create_synonym(): Create_synonymContext | null;
    create_table(): Create_tableContext | null;
    create_type(): Create_typeContext | null;
    create_user(): Create_userContext | null;
    create_user_azure_sql_dw(): Create_user_azure_sql_dwContext | null;
    create_workload_group(): Create_workload_groupContext | null;
    create_xml_index(): Create_xml_indexContext | null;
    create_xml_schema_collection(): Create_xml_schema_collectionContext | null;
    disable_trigger(): Disable_triggerContext | null;
    drop_aggregate(): Drop_aggregateContext | null;
    drop_application_role(): Drop_application_roleContext | null;
    drop_assembly(): Drop_assemblyContext | null;
    drop_asymmetric_key(): Drop_asymmetric_keyContext | null;
    drop_availability_group(): Drop_availability_groupContext | null;
    drop_broker_priority(): Drop_broker_priorityContext | null;
    drop_certificate(): Drop_certificateContext | null;
    drop_column_encryption_key(): Drop_column_encryption_keyContext | null;
    drop_column_master_key(): Drop_column_master_keyContext | null;
    drop_contract(): Drop_contractContext | null;
    drop_credential(): Drop_credentialContext | null;
    drop_cryptograhic_provider(): Drop_cryptograhic_providerContext | null;
    drop_database(): Drop_databaseContext | null;
    drop_database_audit_specification(): Drop_database_audit_specificationContext | null;
    drop_database_encryption_key(): Drop_database_encryption_keyContext | null;
    drop_database_scoped_credential(): Drop_database_scoped_credentialContext | null;
    drop_db_role(): Drop_db_roleContext | null;
    drop_default(): Drop_defaultContext | null;
    drop_endpoint(): Drop_endpointContext | null;
    drop_event_notifications(): Drop_event_notificationsContext | null;
    drop_event_session(): Drop_event_sessionContext | null;
    drop_external_data_source(): Drop_external_data_sourceContext | null;
    drop_external_file_format(): Drop_external_file_formatContext | null;
    drop_external_library(): Drop_external_libraryContext | null;
    drop_external_resource_pool(): Drop_external_resource_poolContext | null;
    drop_external_table(): Drop_external_tableContext | null;
    drop_fulltext_catalog(): Drop_fulltext_catalogContext | null;
    drop_fulltext_index(): Drop_fulltext_indexContext | null;
    drop_fulltext_stoplist(): Drop_fulltext_stoplistContext | null;
    drop_function(): Drop_functionContext | null;
    drop_index(): Drop_indexContext | null;
    drop_login(): Drop_loginContext | null;
    drop_master_key(): Drop_master_keyContext | null;
    drop_message_type(): Drop_message_typeContext | null;
    drop_partition_function(): Drop_partition_functionContext | null;
    drop_partition_scheme(): Drop_partition_schemeContext | null;
    drop_procedure(): Drop_procedureContext | null;
    drop_queue(): Drop_queueContext | null;
    drop_remote_service_binding(): Drop_remote_service_bindingContext | null;
    drop_resource_pool(): Drop_resource_poolContext | null;
    drop_route(): Drop_routeContext | null;
    drop_rule(): Drop_ruleContext | null;
    drop_schema(): Drop_schemaContext | null;
    drop_search_property_list(): Drop_search_property_listContext | null;
    drop_security_policy(): Drop_security_policyContext | null;
    drop_sequence(): Drop_sequenceContext | null;
    drop_server_audit(): Drop_server_auditContext | null;
    drop_server_audit_specification(): Drop_server_audit_specificationContext | null;
    drop_server_role(): Drop_server_roleContext | null;
    drop_service(): Drop_serviceContext | null;
    drop_signature(): Drop_signatureContext | null;
    drop_statistics(): Drop_statisticsContext | null;
    drop_statistics_name_azure_dw_and_pdw(): Drop_statistics_name_azure_dw_and_pdwContext | null;
    drop_symmetric_key(): Drop_symmetric_keyContext | null;
    drop_synonym(): Drop_synonymContext | null;
    drop_table(): Drop_tableContext | null;
    drop_trigger(): Drop_triggerContext | null;
    drop_type(): Drop_typeContext | null;
    drop_user(): Drop_userContext | null;
    drop_view(): Drop_viewContext | null;
    drop_workload_group(): Drop_workload_groupContext | null;
    drop_xml_schema_collection(): Drop_xml_schema_collectionContext | null;
    enable_trigger(): Enable_triggerContext | null;
    lock_table(): Lock_tableContext | null;
    truncate_table(): Truncate_tableContext | null;
    update_statistics(): Update_statisticsContext | null;
    get ruleIndex(): number;
}
export declare class Backup_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    backup_database(): Backup_databaseContext | null;
    backup_log(): Backup_logContext | null;
    backup_certificate(): Backup_certificateContext | null;
    backup_master_key(): Backup_master_keyContext | null;
    backup_service_master_key(): Backup_service_master_keyContext | null;
    get ruleIndex(): number;
}
export declare class Cfl_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    block_statement(): Block_statementContext | null;
    break_statement(): Break_statementContext | null;
    continue_statement(): Continue_statementContext | null;
    goto_statement(): Goto_statementContext | null;
    if_statement(): If_statementContext | null;
    print_statement(): Print_statementContext | null;
    raiseerror_statement(): Raiseerror_statementContext | null;
    return_statement(): Return_statementContext | null;
    throw_statement(): Throw_statementContext | null;
    try_catch_statement(): Try_catch_statementContext | null;
    waitfor_statement(): Waitfor_statementContext | null;
    while_statement(): While_statementContext | null;
    get ruleIndex(): number;
}
export declare class Block_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BEGIN(): antlr.TerminalNode;
    END(): antlr.TerminalNode;
    SEMI(): antlr.TerminalNode[];
    SEMI(i: number): antlr.TerminalNode | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    get ruleIndex(): number;
}
export declare class Break_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BREAK(): antlr.TerminalNode;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Continue_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CONTINUE(): antlr.TerminalNode;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Goto_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    GOTO(): antlr.TerminalNode | null;
    id_(): Id_Context;
    SEMI(): antlr.TerminalNode | null;
    COLON(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Return_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RETURN(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class If_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    IF(): antlr.TerminalNode;
    search_condition(): Search_conditionContext;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    ELSE(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Throw_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    THROW(): antlr.TerminalNode;
    throw_error_number(): Throw_error_numberContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    throw_message(): Throw_messageContext | null;
    throw_state(): Throw_stateContext | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Throw_error_numberContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECIMAL(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Throw_messageContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STRING(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Throw_stateContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECIMAL(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Try_catch_statementContext extends antlr.ParserRuleContext {
    _try_clauses?: Sql_clausesContext;
    _catch_clauses?: Sql_clausesContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BEGIN(): antlr.TerminalNode[];
    BEGIN(i: number): antlr.TerminalNode | null;
    TRY(): antlr.TerminalNode[];
    TRY(i: number): antlr.TerminalNode | null;
    END(): antlr.TerminalNode[];
    END(i: number): antlr.TerminalNode | null;
    CATCH(): antlr.TerminalNode[];
    CATCH(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode[];
    SEMI(i: number): antlr.TerminalNode | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    get ruleIndex(): number;
}
export declare class Waitfor_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WAITFOR(): antlr.TerminalNode;
    receive_statement(): Receive_statementContext | null;
    COMMA(): antlr.TerminalNode | null;
    time(): TimeContext | null;
    expression(): ExpressionContext | null;
    SEMI(): antlr.TerminalNode | null;
    DELAY(): antlr.TerminalNode | null;
    TIME(): antlr.TerminalNode | null;
    TIMEOUT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class While_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WHILE(): antlr.TerminalNode;
    search_condition(): Search_conditionContext;
    sql_clauses(): Sql_clausesContext | null;
    BREAK(): antlr.TerminalNode | null;
    CONTINUE(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Print_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PRINT(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
    DOUBLE_QUOTE_ID(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Raiseerror_statementContext extends antlr.ParserRuleContext {
    _msg?: Token | null;
    _severity?: Constant_LOCAL_IDContext;
    _state?: Constant_LOCAL_IDContext;
    _formatstring?: Token | null;
    _argument?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RAISERROR(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    constant_LOCAL_ID(): Constant_LOCAL_IDContext[];
    constant_LOCAL_ID(i: number): Constant_LOCAL_IDContext | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    LOG(): antlr.TerminalNode | null;
    SETERROR(): antlr.TerminalNode | null;
    NOWAIT(): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode[];
    NULL_(i: number): antlr.TerminalNode | null;
    DOUBLE_QUOTE_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Empty_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SEMI(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Another_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_queue(): Alter_queueContext | null;
    checkpoint_statement(): Checkpoint_statementContext | null;
    conversation_statement(): Conversation_statementContext | null;
    create_contract(): Create_contractContext | null;
    create_queue(): Create_queueContext | null;
    cursor_statement(): Cursor_statementContext | null;
    declare_statement(): Declare_statementContext | null;
    execute_statement(): Execute_statementContext | null;
    kill_statement(): Kill_statementContext | null;
    message_statement(): Message_statementContext | null;
    reconfigure_statement(): Reconfigure_statementContext | null;
    security_statement(): Security_statementContext | null;
    set_statement(): Set_statementContext | null;
    setuser_statement(): Setuser_statementContext | null;
    shutdown_statement(): Shutdown_statementContext | null;
    transaction_statement(): Transaction_statementContext | null;
    use_statement(): Use_statementContext | null;
    get ruleIndex(): number;
}
export declare class Alter_application_roleContext extends antlr.ParserRuleContext {
    _appliction_role?: Id_Context;
    _new_application_role_name?: Id_Context;
    _application_role_password?: Token | null;
    _app_role_default_schema?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    APPLICATION(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    DEFAULT_SCHEMA(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_xml_schema_collectionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    XML(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode;
    COLLECTION(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ADD(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_application_roleContext extends antlr.ParserRuleContext {
    _appliction_role?: Id_Context;
    _application_role_password?: Token | null;
    _app_role_default_schema?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    APPLICATION(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DEFAULT_SCHEMA(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_aggregateContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _aggregate_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    AGGREGATE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_application_roleContext extends antlr.ParserRuleContext {
    _rolename?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    APPLICATION(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Alter_assemblyContext extends antlr.ParserRuleContext {
    _assembly_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_assembly_start(): Alter_assembly_startContext;
    alter_assembly_clause(): Alter_assembly_clauseContext;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Alter_assembly_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    ASSEMBLY(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_assembly_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_assembly_from_clause(): Alter_assembly_from_clauseContext | null;
    alter_assembly_with_clause(): Alter_assembly_with_clauseContext | null;
    alter_assembly_drop_clause(): Alter_assembly_drop_clauseContext | null;
    alter_assembly_add_clause(): Alter_assembly_add_clauseContext | null;
    get ruleIndex(): number;
}
export declare class Alter_assembly_from_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_assembly_from_clause_start(): Alter_assembly_from_clause_startContext;
    client_assembly_specifier(): Client_assembly_specifierContext | null;
    alter_assembly_file_bits(): Alter_assembly_file_bitsContext | null;
    get ruleIndex(): number;
}
export declare class Alter_assembly_from_clause_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FROM(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_assembly_drop_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_assembly_drop(): Alter_assembly_dropContext;
    alter_assembly_drop_multiple_files(): Alter_assembly_drop_multiple_filesContext;
    get ruleIndex(): number;
}
export declare class Alter_assembly_drop_multiple_filesContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALL(): antlr.TerminalNode | null;
    multiple_local_files(): Multiple_local_filesContext | null;
    get ruleIndex(): number;
}
export declare class Alter_assembly_dropContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_assembly_add_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_asssembly_add_clause_start(): Alter_asssembly_add_clause_startContext;
    alter_assembly_client_file_clause(): Alter_assembly_client_file_clauseContext;
    get ruleIndex(): number;
}
export declare class Alter_asssembly_add_clause_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ADD(): antlr.TerminalNode;
    FILE(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_assembly_client_file_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_assembly_file_name(): Alter_assembly_file_nameContext;
    alter_assembly_as(): Alter_assembly_asContext | null;
    id_(): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Alter_assembly_file_nameContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_assembly_file_bitsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_assembly_as(): Alter_assembly_asContext;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Alter_assembly_asContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AS(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_assembly_with_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_assembly_with(): Alter_assembly_withContext;
    assembly_option(): Assembly_optionContext;
    get ruleIndex(): number;
}
export declare class Alter_assembly_withContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Client_assembly_specifierContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    network_file_share(): Network_file_shareContext | null;
    local_file(): Local_fileContext | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Assembly_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PERMISSION_SET(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    SAFE(): antlr.TerminalNode | null;
    EXTERNAL_ACCESS(): antlr.TerminalNode | null;
    UNSAFE(): antlr.TerminalNode | null;
    VISIBILITY(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    UNCHECKED(): antlr.TerminalNode | null;
    DATA(): antlr.TerminalNode | null;
    assembly_option(): Assembly_optionContext | null;
    COMMA(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Network_file_shareContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    network_file_start(): Network_file_startContext;
    network_computer(): Network_computerContext;
    file_path(): File_pathContext;
    get ruleIndex(): number;
}
export declare class Network_computerContext extends antlr.ParserRuleContext {
    _computer_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Network_file_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOUBLE_BACK_SLASH(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class File_pathContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    file_directory_path_separator(): File_directory_path_separatorContext | null;
    file_path(): File_pathContext | null;
    id_(): Id_Context | null;
    get ruleIndex(): number;
}
export declare class File_directory_path_separatorContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BACKSLASH(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Local_fileContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    local_drive(): Local_driveContext;
    file_path(): File_pathContext;
    get ruleIndex(): number;
}
export declare class Local_driveContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DISK_DRIVE(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Multiple_local_filesContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    multiple_local_file_start(): Multiple_local_file_startContext | null;
    local_file(): Local_fileContext;
    SINGLE_QUOTE(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Multiple_local_file_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SINGLE_QUOTE(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Create_assemblyContext extends antlr.ParserRuleContext {
    _assembly_name?: Id_Context;
    _owner_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    ASSEMBLY(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    PERMISSION_SET(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode[];
    BINARY(i: number): antlr.TerminalNode | null;
    SAFE(): antlr.TerminalNode | null;
    EXTERNAL_ACCESS(): antlr.TerminalNode | null;
    UNSAFE(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_assemblyContext extends antlr.ParserRuleContext {
    _assembly_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    ASSEMBLY(): antlr.TerminalNode;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NO(): antlr.TerminalNode | null;
    DEPENDENTS(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_asymmetric_keyContext extends antlr.ParserRuleContext {
    _Asym_Key_Name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_asymmetric_key_start(): Alter_asymmetric_key_startContext;
    id_(): Id_Context;
    asymmetric_key_option(): Asymmetric_key_optionContext | null;
    REMOVE(): antlr.TerminalNode | null;
    PRIVATE(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_asymmetric_key_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    ASYMMETRIC(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Asymmetric_key_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    asymmetric_key_option_start(): Asymmetric_key_option_startContext;
    asymmetric_key_password_change_option(): Asymmetric_key_password_change_optionContext[];
    asymmetric_key_password_change_option(i: number): Asymmetric_key_password_change_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Asymmetric_key_option_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    PRIVATE(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Asymmetric_key_password_change_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECRYPTION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode;
    PASSWORD(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_asymmetric_keyContext extends antlr.ParserRuleContext {
    _Asym_Key_Nam?: Id_Context;
    _database_principal_name?: Id_Context;
    _Assembly_Name?: Id_Context;
    _Provider_Name?: Id_Context;
    _provider_key_name?: Token | null;
    _asymmetric_key_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    ASYMMETRIC(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode | null;
    EXECUTABLE_FILE(): antlr.TerminalNode | null;
    ASSEMBLY(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode | null;
    PROVIDER_KEY_NAME(): antlr.TerminalNode | null;
    CREATION_DISPOSITION(): antlr.TerminalNode | null;
    RSA_4096(): antlr.TerminalNode | null;
    RSA_3072(): antlr.TerminalNode | null;
    RSA_2048(): antlr.TerminalNode | null;
    RSA_1024(): antlr.TerminalNode | null;
    RSA_512(): antlr.TerminalNode | null;
    CREATE_NEW(): antlr.TerminalNode | null;
    OPEN_EXISTING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_asymmetric_keyContext extends antlr.ParserRuleContext {
    _key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    ASYMMETRIC(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    id_(): Id_Context;
    REMOVE(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_authorizationContext extends antlr.ParserRuleContext {
    _entity?: Entity_nameContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_authorization_start(): Alter_authorization_startContext;
    entity_to(): Entity_toContext;
    authorization_grantee(): Authorization_granteeContext;
    entity_name(): Entity_nameContext;
    class_type(): Class_typeContext | null;
    colon_colon(): Colon_colonContext | null;
    get ruleIndex(): number;
}
export declare class Authorization_granteeContext extends antlr.ParserRuleContext {
    _principal_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    SCHEMA(): antlr.TerminalNode | null;
    OWNER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Entity_toContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TO(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Colon_colonContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOUBLE_COLON(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_authorization_startContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    AUTHORIZATION(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_authorization_for_sql_databaseContext extends antlr.ParserRuleContext {
    _entity?: Entity_nameContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_authorization_start(): Alter_authorization_startContext;
    entity_to(): Entity_toContext;
    authorization_grantee(): Authorization_granteeContext;
    entity_name(): Entity_nameContext;
    class_type_for_sql_database(): Class_type_for_sql_databaseContext | null;
    colon_colon(): Colon_colonContext | null;
    get ruleIndex(): number;
}
export declare class Alter_authorization_for_azure_dwContext extends antlr.ParserRuleContext {
    _entity?: Entity_name_for_azure_dwContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_authorization_start(): Alter_authorization_startContext;
    entity_to(): Entity_toContext;
    authorization_grantee(): Authorization_granteeContext;
    entity_name_for_azure_dw(): Entity_name_for_azure_dwContext;
    class_type_for_azure_dw(): Class_type_for_azure_dwContext | null;
    colon_colon(): Colon_colonContext | null;
    get ruleIndex(): number;
}
export declare class Alter_authorization_for_parallel_dwContext extends antlr.ParserRuleContext {
    _entity?: Entity_name_for_parallel_dwContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_authorization_start(): Alter_authorization_startContext;
    entity_to(): Entity_toContext;
    authorization_grantee(): Authorization_granteeContext;
    entity_name_for_parallel_dw(): Entity_name_for_parallel_dwContext;
    class_type_for_parallel_dw(): Class_type_for_parallel_dwContext | null;
    colon_colon(): Colon_colonContext | null;
    get ruleIndex(): number;
}
export declare class Class_typeContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OBJECT(): antlr.TerminalNode | null;
    ASSEMBLY(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    AVAILABILITY(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    CONTRACT(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    ENDPOINT(): antlr.TerminalNode | null;
    FULLTEXT(): antlr.TerminalNode | null;
    CATALOG(): antlr.TerminalNode | null;
    STOPLIST(): antlr.TerminalNode | null;
    MESSAGE(): antlr.TerminalNode | null;
    REMOTE(): antlr.TerminalNode | null;
    SERVICE(): antlr.TerminalNode | null;
    BINDING(): antlr.TerminalNode | null;
    ROLE(): antlr.TerminalNode | null;
    ROUTE(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    SEARCH(): antlr.TerminalNode | null;
    PROPERTY(): antlr.TerminalNode | null;
    LIST(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Class_type_for_sql_databaseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OBJECT(): antlr.TerminalNode | null;
    ASSEMBLY(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    FULLTEXT(): antlr.TerminalNode | null;
    CATALOG(): antlr.TerminalNode | null;
    STOPLIST(): antlr.TerminalNode | null;
    ROLE(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    SEARCH(): antlr.TerminalNode | null;
    PROPERTY(): antlr.TerminalNode | null;
    LIST(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Class_type_for_azure_dwContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SCHEMA(): antlr.TerminalNode | null;
    OBJECT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Class_type_for_parallel_dwContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DATABASE(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    OBJECT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Class_type_for_grantContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    APPLICATION(): antlr.TerminalNode | null;
    ROLE(): antlr.TerminalNode | null;
    ASSEMBLY(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    AUDIT(): antlr.TerminalNode | null;
    AVAILABILITY(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    BROKER(): antlr.TerminalNode | null;
    PRIORITY(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    COLUMN(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    MASTER(): antlr.TerminalNode | null;
    CONTRACT(): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode | null;
    CRYPTOGRAPHIC(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    SPECIFICATION(): antlr.TerminalNode | null;
    EVENT(): antlr.TerminalNode | null;
    SESSION(): antlr.TerminalNode | null;
    SCOPED(): antlr.TerminalNode | null;
    CONFIGURATION(): antlr.TerminalNode | null;
    RESOURCE(): antlr.TerminalNode | null;
    GOVERNOR(): antlr.TerminalNode | null;
    ENDPOINT(): antlr.TerminalNode | null;
    NOTIFICATION(): antlr.TerminalNode | null;
    OBJECT(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    EXTERNAL(): antlr.TerminalNode | null;
    DATA(): antlr.TerminalNode | null;
    SOURCE(): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode | null;
    FORMAT(): antlr.TerminalNode | null;
    LIBRARY(): antlr.TerminalNode | null;
    POOL(): antlr.TerminalNode | null;
    TABLE(): antlr.TerminalNode | null;
    CATALOG(): antlr.TerminalNode | null;
    STOPLIST(): antlr.TerminalNode | null;
    LOGIN(): antlr.TerminalNode | null;
    MESSAGE(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    PARTITION(): antlr.TerminalNode | null;
    FUNCTION(): antlr.TerminalNode | null;
    SCHEME(): antlr.TerminalNode | null;
    REMOTE(): antlr.TerminalNode | null;
    SERVICE(): antlr.TerminalNode | null;
    BINDING(): antlr.TerminalNode | null;
    ROUTE(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    SEARCH(): antlr.TerminalNode | null;
    PROPERTY(): antlr.TerminalNode | null;
    LIST(): antlr.TerminalNode | null;
    SQL(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    TRIGGER(): antlr.TerminalNode | null;
    USER(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_availability_groupContext extends antlr.ParserRuleContext {
    _group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    AVAILABILITY(): antlr.TerminalNode;
    GROUP(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Alter_availability_groupContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    alter_availability_group_start(): Alter_availability_group_startContext;
    alter_availability_group_options(): Alter_availability_group_optionsContext;
    get ruleIndex(): number;
}
export declare class Alter_availability_group_startContext extends antlr.ParserRuleContext {
    _group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    AVAILABILITY(): antlr.TerminalNode;
    GROUP(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Alter_availability_group_optionsContext extends antlr.ParserRuleContext {
    _milliseconds?: Token | null;
    _database_name?: Id_Context;
    _server_instance?: Token | null;
    _session_timeout?: Token | null;
    _ag_name?: Token | null;
    _ag_name_modified?: Token | null;
    _listener_name?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SET(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    AUTOMATED_BACKUP_PREFERENCE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    FAILURE_CONDITION_LEVEL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    HEALTH_CHECK_TIMEOUT(): antlr.TerminalNode | null;
    DB_FAILOVER(): antlr.TerminalNode | null;
    REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT(): antlr.TerminalNode | null;
    PRIMARY(): antlr.TerminalNode | null;
    SECONDARY_ONLY(): antlr.TerminalNode | null;
    SECONDARY(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    REMOVE(): antlr.TerminalNode | null;
    REPLICA(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode[];
    WITH(i: number): antlr.TerminalNode | null;
    ENDPOINT_URL(): antlr.TerminalNode | null;
    AVAILABILITY_MODE(): antlr.TerminalNode[];
    AVAILABILITY_MODE(i: number): antlr.TerminalNode | null;
    FAILOVER_MODE(): antlr.TerminalNode[];
    FAILOVER_MODE(i: number): antlr.TerminalNode | null;
    SEEDING_MODE(): antlr.TerminalNode[];
    SEEDING_MODE(i: number): antlr.TerminalNode | null;
    BACKUP_PRIORITY(): antlr.TerminalNode | null;
    PRIMARY_ROLE(): antlr.TerminalNode | null;
    ALLOW_CONNECTIONS(): antlr.TerminalNode[];
    ALLOW_CONNECTIONS(i: number): antlr.TerminalNode | null;
    SECONDARY_ROLE(): antlr.TerminalNode | null;
    SYNCHRONOUS_COMMIT(): antlr.TerminalNode[];
    SYNCHRONOUS_COMMIT(i: number): antlr.TerminalNode | null;
    ASYNCHRONOUS_COMMIT(): antlr.TerminalNode[];
    ASYNCHRONOUS_COMMIT(i: number): antlr.TerminalNode | null;
    AUTOMATIC(): antlr.TerminalNode[];
    AUTOMATIC(i: number): antlr.TerminalNode | null;
    MANUAL(): antlr.TerminalNode[];
    MANUAL(i: number): antlr.TerminalNode | null;
    READ_WRITE(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    READ_ONLY(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    READ_ONLY_ROUTING_LIST(): antlr.TerminalNode | null;
    NO(): antlr.TerminalNode | null;
    SESSION_TIMEOUT(): antlr.TerminalNode | null;
    MODIFY(): antlr.TerminalNode | null;
    JOIN(): antlr.TerminalNode | null;
    AVAILABILITY(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    LISTENER_URL(): antlr.TerminalNode[];
    LISTENER_URL(i: number): antlr.TerminalNode | null;
    GRANT(): antlr.TerminalNode | null;
    CREATE(): antlr.TerminalNode | null;
    ANY(): antlr.TerminalNode | null;
    DENY(): antlr.TerminalNode | null;
    FAILOVER(): antlr.TerminalNode | null;
    FORCE_FAILOVER_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    LISTENER(): antlr.TerminalNode | null;
    DHCP(): antlr.TerminalNode | null;
    IP(): antlr.TerminalNode | null;
    ip_v4_failover(): Ip_v4_failoverContext[];
    ip_v4_failover(i: number): Ip_v4_failoverContext | null;
    PORT(): antlr.TerminalNode | null;
    ip_v6_failover(): Ip_v6_failoverContext[];
    ip_v6_failover(i: number): Ip_v6_failoverContext | null;
    RESTART(): antlr.TerminalNode | null;
    OFFLINE(): antlr.TerminalNode | null;
    DTC_SUPPORT(): antlr.TerminalNode | null;
    PER_DB(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Ip_v4_failoverContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Ip_v6_failoverContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Create_or_alter_broker_priorityContext extends antlr.ParserRuleContext {
    _ConversationPriorityName?: Id_Context;
    _RemoteServiceName?: Token | null;
    _PriorityValue?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BROKER(): antlr.TerminalNode;
    PRIORITY(): antlr.TerminalNode;
    FOR(): antlr.TerminalNode;
    CONVERSATION(): antlr.TerminalNode;
    SET(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    CREATE(): antlr.TerminalNode | null;
    ALTER(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    CONTRACT_NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    LOCAL_SERVICE_NAME(): antlr.TerminalNode | null;
    REMOTE_SERVICE_NAME(): antlr.TerminalNode | null;
    PRIORITY_LEVEL(): antlr.TerminalNode | null;
    ANY(): antlr.TerminalNode[];
    ANY(i: number): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    DOUBLE_FORWARD_SLASH(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_broker_priorityContext extends antlr.ParserRuleContext {
    _ConversationPriorityName?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    BROKER(): antlr.TerminalNode;
    PRIORITY(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Alter_certificateContext extends antlr.ParserRuleContext {
    _certificate_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    CERTIFICATE(): antlr.TerminalNode;
    id_(): Id_Context;
    REMOVE(): antlr.TerminalNode | null;
    PRIVATE_KEY(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    PRIVATE(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    ACTIVE(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    BEGIN_DIALOG(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode[];
    FILE(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    DECRYPTION(): antlr.TerminalNode[];
    DECRYPTION(i: number): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode[];
    BY(i: number): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode[];
    PASSWORD(i: number): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode[];
    ENCRYPTION(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_column_encryption_keyContext extends antlr.ParserRuleContext {
    _column_encryption_key?: Id_Context;
    _column_master_key_name?: Id_Context;
    _algorithm_name?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    COLUMN(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    VALUE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COLUMN_MASTER_KEY(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode | null;
    ENCRYPTED_VALUE(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_column_encryption_keyContext extends antlr.ParserRuleContext {
    _column_encryption_key?: Id_Context;
    _column_master_key_name?: Id_Context;
    _algorithm_name?: Token | null;
    _encrypted_value?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    COLUMN(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    VALUES(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    COLUMN_MASTER_KEY(): antlr.TerminalNode[];
    COLUMN_MASTER_KEY(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode[];
    ALGORITHM(i: number): antlr.TerminalNode | null;
    ENCRYPTED_VALUE(): antlr.TerminalNode[];
    ENCRYPTED_VALUE(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode[];
    BINARY(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_certificateContext extends antlr.ParserRuleContext {
    _certificate_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    CERTIFICATE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_column_encryption_keyContext extends antlr.ParserRuleContext {
    _key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    COLUMN(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_column_master_keyContext extends antlr.ParserRuleContext {
    _key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    COLUMN(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_contractContext extends antlr.ParserRuleContext {
    _dropped_contract_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    CONTRACT(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_credentialContext extends antlr.ParserRuleContext {
    _credential_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    CREDENTIAL(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_cryptograhic_providerContext extends antlr.ParserRuleContext {
    _provider_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    CRYPTOGRAPHIC(): antlr.TerminalNode;
    PROVIDER(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_databaseContext extends antlr.ParserRuleContext {
    _database_name_or_database_snapshot_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_database_audit_specificationContext extends antlr.ParserRuleContext {
    _audit_specification_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    AUDIT(): antlr.TerminalNode;
    SPECIFICATION(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_database_encryption_keyContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Drop_database_scoped_credentialContext extends antlr.ParserRuleContext {
    _credential_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    SCOPED(): antlr.TerminalNode;
    CREDENTIAL(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_defaultContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _default_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    DEFAULT(): antlr.TerminalNode;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_endpointContext extends antlr.ParserRuleContext {
    _endPointName?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    ENDPOINT(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_external_data_sourceContext extends antlr.ParserRuleContext {
    _external_data_source_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    DATA(): antlr.TerminalNode;
    SOURCE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_external_file_formatContext extends antlr.ParserRuleContext {
    _external_file_format_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    FILE(): antlr.TerminalNode;
    FORMAT(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_external_libraryContext extends antlr.ParserRuleContext {
    _library_name?: Id_Context;
    _owner_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    LIBRARY(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_external_resource_poolContext extends antlr.ParserRuleContext {
    _pool_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    RESOURCE(): antlr.TerminalNode;
    POOL(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_external_tableContext extends antlr.ParserRuleContext {
    _database_name?: Id_Context;
    _schema_name?: Id_Context;
    _table?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    TABLE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_event_notificationsContext extends antlr.ParserRuleContext {
    _notification_name?: Id_Context;
    _queue_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    EVENT(): antlr.TerminalNode;
    NOTIFICATION(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    QUEUE(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_event_sessionContext extends antlr.ParserRuleContext {
    _event_session_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    EVENT(): antlr.TerminalNode;
    SESSION(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_fulltext_catalogContext extends antlr.ParserRuleContext {
    _catalog_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    FULLTEXT(): antlr.TerminalNode;
    CATALOG(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_fulltext_indexContext extends antlr.ParserRuleContext {
    _schema?: Id_Context;
    _table?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    FULLTEXT(): antlr.TerminalNode;
    INDEX(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_fulltext_stoplistContext extends antlr.ParserRuleContext {
    _stoplist_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    FULLTEXT(): antlr.TerminalNode;
    STOPLIST(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_loginContext extends antlr.ParserRuleContext {
    _login_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    LOGIN(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_master_keyContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Drop_message_typeContext extends antlr.ParserRuleContext {
    _message_type_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    MESSAGE(): antlr.TerminalNode;
    TYPE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_partition_functionContext extends antlr.ParserRuleContext {
    _partition_function_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode;
    FUNCTION(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_partition_schemeContext extends antlr.ParserRuleContext {
    _partition_scheme_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode;
    SCHEME(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_queueContext extends antlr.ParserRuleContext {
    _database_name?: Id_Context;
    _schema_name?: Id_Context;
    _queue_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    QUEUE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_remote_service_bindingContext extends antlr.ParserRuleContext {
    _binding_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    REMOTE(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    BINDING(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_resource_poolContext extends antlr.ParserRuleContext {
    _pool_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    RESOURCE(): antlr.TerminalNode;
    POOL(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_db_roleContext extends antlr.ParserRuleContext {
    _role_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    id_(): Id_Context;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_routeContext extends antlr.ParserRuleContext {
    _route_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    ROUTE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_ruleContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _rule_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    RULE(): antlr.TerminalNode;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_schemaContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode;
    id_(): Id_Context;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_search_property_listContext extends antlr.ParserRuleContext {
    _property_list_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SEARCH(): antlr.TerminalNode;
    PROPERTY(): antlr.TerminalNode;
    LIST(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_security_policyContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _security_policy_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SECURITY(): antlr.TerminalNode;
    POLICY(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_sequenceContext extends antlr.ParserRuleContext {
    _database_name?: Id_Context;
    _schema_name?: Id_Context;
    _sequence_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SEQUENCE(): antlr.TerminalNode;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_server_auditContext extends antlr.ParserRuleContext {
    _audit_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    AUDIT(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_server_audit_specificationContext extends antlr.ParserRuleContext {
    _audit_specification_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    AUDIT(): antlr.TerminalNode;
    SPECIFICATION(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_server_roleContext extends antlr.ParserRuleContext {
    _role_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_serviceContext extends antlr.ParserRuleContext {
    _dropped_service_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_signatureContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _module_name?: Id_Context;
    _cert_name?: Id_Context;
    _Asym_key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SIGNATURE(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    BY(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COUNTER(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode[];
    CERTIFICATE(i: number): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode[];
    ASYMMETRIC(i: number): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_statistics_name_azure_dw_and_pdwContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _object_name?: Id_Context;
    _statistics_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    STATISTICS(): antlr.TerminalNode;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Drop_symmetric_keyContext extends antlr.ParserRuleContext {
    _symmetric_key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SYMMETRIC(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    id_(): Id_Context;
    REMOVE(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_synonymContext extends antlr.ParserRuleContext {
    _schema?: Id_Context;
    _synonym_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    SYNONYM(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_userContext extends antlr.ParserRuleContext {
    _user_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    USER(): antlr.TerminalNode;
    id_(): Id_Context;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_workload_groupContext extends antlr.ParserRuleContext {
    _group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    WORKLOAD(): antlr.TerminalNode;
    GROUP(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_xml_schema_collectionContext extends antlr.ParserRuleContext {
    _relational_schema?: Id_Context;
    _sql_identifier?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    XML(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode;
    COLLECTION(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Disable_triggerContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _trigger_name?: Id_Context;
    _schema_id?: Id_Context;
    _object_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DISABLE(): antlr.TerminalNode;
    TRIGGER(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    ALL(): antlr.TerminalNode[];
    ALL(i: number): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Enable_triggerContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _trigger_name?: Id_Context;
    _schema_id?: Id_Context;
    _object_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENABLE(): antlr.TerminalNode;
    TRIGGER(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    ALL(): antlr.TerminalNode[];
    ALL(i: number): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Lock_tableContext extends antlr.ParserRuleContext {
    _seconds?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCK(): antlr.TerminalNode;
    TABLE(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    IN(): antlr.TerminalNode;
    MODE(): antlr.TerminalNode;
    SHARE(): antlr.TerminalNode | null;
    EXCLUSIVE(): antlr.TerminalNode | null;
    WAIT(): antlr.TerminalNode | null;
    NOWAIT(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Truncate_tableContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TRUNCATE(): antlr.TerminalNode;
    TABLE(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    PARTITIONS(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_column_master_keyContext extends antlr.ParserRuleContext {
    _key_name?: Id_Context;
    _key_store_provider_name?: Token | null;
    _key_path?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    COLUMN(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    KEY_STORE_PROVIDER_NAME(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode;
    KEY_PATH(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    id_(): Id_Context;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_credentialContext extends antlr.ParserRuleContext {
    _credential_name?: Id_Context;
    _identity_name?: Token | null;
    _secret?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    CREDENTIAL(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    IDENTITY(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    id_(): Id_Context;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    SECRET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_credentialContext extends antlr.ParserRuleContext {
    _credential_name?: Id_Context;
    _identity_name?: Token | null;
    _secret?: Token | null;
    _cryptographic_provider_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    CREDENTIAL(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    IDENTITY(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    SECRET(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    CRYPTOGRAPHIC(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_cryptographic_providerContext extends antlr.ParserRuleContext {
    _provider_name?: Id_Context;
    _crypto_provider_ddl_file?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    CRYPTOGRAPHIC(): antlr.TerminalNode;
    PROVIDER(): antlr.TerminalNode;
    id_(): Id_Context;
    FROM(): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    ENABLE(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_cryptographic_providerContext extends antlr.ParserRuleContext {
    _provider_name?: Id_Context;
    _path_of_DLL?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    CRYPTOGRAPHIC(): antlr.TerminalNode;
    PROVIDER(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    FILE(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    id_(): Id_Context;
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Create_endpointContext extends antlr.ParserRuleContext {
    _endpointname?: Id_Context;
    _login?: Id_Context;
    _state?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    ENDPOINT(): antlr.TerminalNode;
    AS(): antlr.TerminalNode;
    TCP(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    endpoint_listener_clause(): Endpoint_listener_clauseContext;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FOR(): antlr.TerminalNode | null;
    TSQL(): antlr.TerminalNode | null;
    SERVICE_BROKER(): antlr.TerminalNode | null;
    endpoint_authentication_clause(): Endpoint_authentication_clauseContext | null;
    DATABASE_MIRRORING(): antlr.TerminalNode | null;
    ROLE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    WITNESS(): antlr.TerminalNode | null;
    PARTNER(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    STARTED(): antlr.TerminalNode | null;
    STOPPED(): antlr.TerminalNode | null;
    DISABLED(): antlr.TerminalNode[];
    DISABLED(i: number): antlr.TerminalNode | null;
    endpoint_encryption_alogorithm_clause(): Endpoint_encryption_alogorithm_clauseContext | null;
    MESSAGE_FORWARDING(): antlr.TerminalNode | null;
    MESSAGE_FORWARD_SIZE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ENABLED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Endpoint_encryption_alogorithm_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENCRYPTION(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    DISABLED(): antlr.TerminalNode | null;
    SUPPORTED(): antlr.TerminalNode | null;
    REQUIRED(): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode | null;
    AES(): antlr.TerminalNode | null;
    RC4(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Endpoint_authentication_clauseContext extends antlr.ParserRuleContext {
    _cert_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AUTHENTICATION(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    WINDOWS(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    NTLM(): antlr.TerminalNode | null;
    KERBEROS(): antlr.TerminalNode | null;
    NEGOTIATE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Endpoint_listener_clauseContext extends antlr.ParserRuleContext {
    _port?: Token | null;
    _ipv4?: Token | null;
    _ipv6?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LISTENER_PORT(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode | null;
    LISTENER_IP(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    IPV4_ADDR(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_event_notificationContext extends antlr.ParserRuleContext {
    _event_notification_name?: Id_Context;
    _queue_name?: Id_Context;
    _event_type_or_group?: Id_Context;
    _broker_service?: Token | null;
    _broker_service_specifier_or_current_database?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    EVENT(): antlr.TerminalNode;
    NOTIFICATION(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    FOR(): antlr.TerminalNode;
    TO(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    QUEUE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    FAN_IN(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_or_alter_event_sessionContext extends antlr.ParserRuleContext {
    _event_session_name?: Id_Context;
    _event_module_guid?: Id_Context;
    _event_package_name?: Id_Context;
    _event_name?: Id_Context;
    _event_customizable_attributue?: Id_Context;
    _action_name?: Id_Context;
    _target_name?: Id_Context;
    _target_parameter_name?: Id_Context;
    _max_memory?: Token | null;
    _max_dispatch_latency_seconds?: Token | null;
    _max_event_size?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EVENT(): antlr.TerminalNode[];
    EVENT(i: number): antlr.TerminalNode | null;
    SESSION(): antlr.TerminalNode;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode;
    CREATE(): antlr.TerminalNode | null;
    ALTER(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ADD(): antlr.TerminalNode[];
    ADD(i: number): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode[];
    DROP(i: number): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    TARGET(): antlr.TerminalNode[];
    TARGET(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    START(): antlr.TerminalNode | null;
    STOP(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SET(): antlr.TerminalNode[];
    SET(i: number): antlr.TerminalNode | null;
    MAX_MEMORY(): antlr.TerminalNode | null;
    EVENT_RETENTION_MODE(): antlr.TerminalNode | null;
    MAX_DISPATCH_LATENCY(): antlr.TerminalNode | null;
    MAX_EVENT_SIZE(): antlr.TerminalNode | null;
    MEMORY_PARTITION_MODE(): antlr.TerminalNode | null;
    TRACK_CAUSALITY(): antlr.TerminalNode | null;
    STARTUP_STATE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    KB(): antlr.TerminalNode[];
    KB(i: number): antlr.TerminalNode | null;
    MB(): antlr.TerminalNode[];
    MB(i: number): antlr.TerminalNode | null;
    ALLOW_SINGLE_EVENT_LOSS(): antlr.TerminalNode | null;
    ALLOW_MULTIPLE_EVENT_LOSS(): antlr.TerminalNode | null;
    NO_EVENT_LOSS(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    PER_NODE(): antlr.TerminalNode | null;
    PER_CPU(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    SECONDS(): antlr.TerminalNode | null;
    INFINITE(): antlr.TerminalNode | null;
    ACTION(): antlr.TerminalNode[];
    ACTION(i: number): antlr.TerminalNode | null;
    WHERE(): antlr.TerminalNode[];
    WHERE(i: number): antlr.TerminalNode | null;
    event_session_predicate_expression(): Event_session_predicate_expressionContext[];
    event_session_predicate_expression(i: number): Event_session_predicate_expressionContext | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Event_session_predicate_expressionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    event_session_predicate_factor(): Event_session_predicate_factorContext[];
    event_session_predicate_factor(i: number): Event_session_predicate_factorContext | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    event_session_predicate_expression(): Event_session_predicate_expressionContext[];
    event_session_predicate_expression(i: number): Event_session_predicate_expressionContext | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode[];
    NOT(i: number): antlr.TerminalNode | null;
    AND(): antlr.TerminalNode[];
    AND(i: number): antlr.TerminalNode | null;
    OR(): antlr.TerminalNode[];
    OR(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Event_session_predicate_factorContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    event_session_predicate_leaf(): Event_session_predicate_leafContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    event_session_predicate_expression(): Event_session_predicate_expressionContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Event_session_predicate_leafContext extends antlr.ParserRuleContext {
    _event_field_name?: Id_Context;
    _event_module_guid?: Id_Context;
    _event_package_name?: Id_Context;
    _predicate_source_name?: Id_Context;
    _predicate_compare_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DECIMAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    GREATER(): antlr.TerminalNode | null;
    LESS(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    EXCLAMATION(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_external_data_sourceContext extends antlr.ParserRuleContext {
    _data_source_name?: Id_Context;
    _location?: Token | null;
    _resource_manager_location?: Token | null;
    _credential_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    DATA(): antlr.TerminalNode;
    SOURCE(): antlr.TerminalNode;
    SET(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LOCATION(): antlr.TerminalNode[];
    LOCATION(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    RESOURCE_MANAGER_LOCATION(): antlr.TerminalNode[];
    RESOURCE_MANAGER_LOCATION(i: number): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode[];
    CREDENTIAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    BLOB_STORAGE(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_external_libraryContext extends antlr.ParserRuleContext {
    _library_name?: Id_Context;
    _owner_name?: Id_Context;
    _client_library?: Token | null;
    _external_data_source_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    LIBRARY(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    SET(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    CONTENT(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    PLATFORM(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    LANGUAGE(): antlr.TerminalNode[];
    LANGUAGE(i: number): antlr.TerminalNode | null;
    DATA_SOURCE(): antlr.TerminalNode[];
    DATA_SOURCE(i: number): antlr.TerminalNode | null;
    R(): antlr.TerminalNode[];
    R(i: number): antlr.TerminalNode | null;
    PYTHON(): antlr.TerminalNode[];
    PYTHON(i: number): antlr.TerminalNode | null;
    WINDOWS(): antlr.TerminalNode | null;
    LINUX(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_external_libraryContext extends antlr.ParserRuleContext {
    _library_name?: Id_Context;
    _owner_name?: Id_Context;
    _client_library?: Token | null;
    _external_data_source_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    LIBRARY(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    CONTENT(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    PLATFORM(): antlr.TerminalNode | null;
    LANGUAGE(): antlr.TerminalNode[];
    LANGUAGE(i: number): antlr.TerminalNode | null;
    DATA_SOURCE(): antlr.TerminalNode[];
    DATA_SOURCE(i: number): antlr.TerminalNode | null;
    R(): antlr.TerminalNode[];
    R(i: number): antlr.TerminalNode | null;
    PYTHON(): antlr.TerminalNode[];
    PYTHON(i: number): antlr.TerminalNode | null;
    WINDOWS(): antlr.TerminalNode | null;
    LINUX(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_external_resource_poolContext extends antlr.ParserRuleContext {
    _pool_name?: Id_Context;
    _max_cpu_percent?: Token | null;
    _max_memory_percent?: Token | null;
    _max_processes?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    RESOURCE(): antlr.TerminalNode;
    POOL(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    MAX_CPU_PERCENT(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    DEFAULT_DOUBLE_QUOTE(): antlr.TerminalNode | null;
    AFFINITY(): antlr.TerminalNode | null;
    CPU(): antlr.TerminalNode | null;
    NUMANODE(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    MAX_MEMORY_PERCENT(): antlr.TerminalNode | null;
    MAX_PROCESSES(): antlr.TerminalNode | null;
    AUTO(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_external_resource_poolContext extends antlr.ParserRuleContext {
    _pool_name?: Id_Context;
    _max_cpu_percent?: Token | null;
    _max_memory_percent?: Token | null;
    _max_processes?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    EXTERNAL(): antlr.TerminalNode;
    RESOURCE(): antlr.TerminalNode;
    POOL(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    MAX_CPU_PERCENT(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    id_(): Id_Context;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    AFFINITY(): antlr.TerminalNode | null;
    CPU(): antlr.TerminalNode | null;
    NUMANODE(): antlr.TerminalNode | null;
    MAX_MEMORY_PERCENT(): antlr.TerminalNode | null;
    MAX_PROCESSES(): antlr.TerminalNode | null;
    AUTO(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_fulltext_catalogContext extends antlr.ParserRuleContext {
    _catalog_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    FULLTEXT(): antlr.TerminalNode;
    CATALOG(): antlr.TerminalNode;
    id_(): Id_Context;
    REBUILD(): antlr.TerminalNode | null;
    REORGANIZE(): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    ACCENT_SENSITIVITY(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_fulltext_catalogContext extends antlr.ParserRuleContext {
    _catalog_name?: Id_Context;
    _filegroup?: Id_Context;
    _rootpath?: Token | null;
    _owner_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    FULLTEXT(): antlr.TerminalNode;
    CATALOG(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    FILEGROUP(): antlr.TerminalNode | null;
    IN(): antlr.TerminalNode | null;
    PATH(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    ACCENT_SENSITIVITY(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_fulltext_stoplistContext extends antlr.ParserRuleContext {
    _stoplist_name?: Id_Context;
    _stopword?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    FULLTEXT(): antlr.TerminalNode;
    STOPLIST(): antlr.TerminalNode;
    id_(): Id_Context;
    ADD(): antlr.TerminalNode | null;
    LANGUAGE(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_fulltext_stoplistContext extends antlr.ParserRuleContext {
    _stoplist_name?: Id_Context;
    _database_name?: Id_Context;
    _source_stoplist_name?: Id_Context;
    _owner_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    FULLTEXT(): antlr.TerminalNode;
    STOPLIST(): antlr.TerminalNode[];
    STOPLIST(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FROM(): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    SYSTEM(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_login_sql_serverContext extends antlr.ParserRuleContext {
    _login_name?: Id_Context;
    _password?: Token | null;
    _password_hash?: Token | null;
    _old_password?: Token | null;
    _default_database?: Id_Context;
    _default_laguage?: Id_Context;
    _credential_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    LOGIN(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode[];
    CREDENTIAL(i: number): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    OLD_PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DEFAULT_DATABASE(): antlr.TerminalNode | null;
    DEFAULT_LANGUAGE(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    CHECK_POLICY(): antlr.TerminalNode | null;
    CHECK_EXPIRATION(): antlr.TerminalNode | null;
    NO(): antlr.TerminalNode | null;
    ENABLE(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    HASHED(): antlr.TerminalNode | null;
    MUST_CHANGE(): antlr.TerminalNode[];
    MUST_CHANGE(i: number): antlr.TerminalNode | null;
    UNLOCK(): antlr.TerminalNode[];
    UNLOCK(i: number): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_login_sql_serverContext extends antlr.ParserRuleContext {
    _login_name?: Id_Context;
    _password?: Token | null;
    _password_hash?: Token | null;
    _sid?: Token | null;
    _default_database?: Id_Context;
    _default_laguage?: Id_Context;
    _credential_name?: Id_Context;
    _default_language?: Token | null;
    _certname?: Id_Context;
    _asym_key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    LOGIN(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode | null;
    SID(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DEFAULT_DATABASE(): antlr.TerminalNode | null;
    DEFAULT_LANGUAGE(): antlr.TerminalNode | null;
    CHECK_EXPIRATION(): antlr.TerminalNode | null;
    CHECK_POLICY(): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode[];
    BINARY(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    WINDOWS(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    HASHED(): antlr.TerminalNode | null;
    MUST_CHANGE(): antlr.TerminalNode[];
    MUST_CHANGE(i: number): antlr.TerminalNode | null;
    UNLOCK(): antlr.TerminalNode[];
    UNLOCK(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_login_azure_sqlContext extends antlr.ParserRuleContext {
    _login_name?: Id_Context;
    _password?: Token | null;
    _old_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    LOGIN(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    ENABLE(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    OLD_PASSWORD(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_login_azure_sqlContext extends antlr.ParserRuleContext {
    _login_name?: Id_Context;
    _sid?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    LOGIN(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    PASSWORD(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode;
    id_(): Id_Context;
    SID(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_login_azure_sql_dw_and_pdwContext extends antlr.ParserRuleContext {
    _login_name?: Id_Context;
    _password?: Token | null;
    _old_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    LOGIN(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    ENABLE(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    OLD_PASSWORD(): antlr.TerminalNode | null;
    MUST_CHANGE(): antlr.TerminalNode[];
    MUST_CHANGE(i: number): antlr.TerminalNode | null;
    UNLOCK(): antlr.TerminalNode[];
    UNLOCK(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_login_pdwContext extends antlr.ParserRuleContext {
    _loginName?: Id_Context;
    _password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    LOGIN(): antlr.TerminalNode;
    id_(): Id_Context;
    WITH(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode | null;
    WINDOWS(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    MUST_CHANGE(): antlr.TerminalNode | null;
    CHECK_POLICY(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_master_key_sql_serverContext extends antlr.ParserRuleContext {
    _password?: Token | null;
    _encryption_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode[];
    MASTER(i: number): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    REGENERATE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    SERVICE(): antlr.TerminalNode | null;
    FORCE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_master_key_sql_serverContext extends antlr.ParserRuleContext {
    _password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode;
    BY(): antlr.TerminalNode;
    PASSWORD(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Alter_master_key_azure_sqlContext extends antlr.ParserRuleContext {
    _password?: Token | null;
    _encryption_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode[];
    MASTER(i: number): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    REGENERATE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    SERVICE(): antlr.TerminalNode | null;
    FORCE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_master_key_azure_sqlContext extends antlr.ParserRuleContext {
    _password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_message_typeContext extends antlr.ParserRuleContext {
    _message_type_name?: Id_Context;
    _schema_collection_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    MESSAGE(): antlr.TerminalNode;
    TYPE(): antlr.TerminalNode;
    VALIDATION(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    NONE(): antlr.TerminalNode | null;
    EMPTY(): antlr.TerminalNode | null;
    WELL_FORMED_XML(): antlr.TerminalNode | null;
    VALID_XML(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_partition_functionContext extends antlr.ParserRuleContext {
    _partition_function_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode;
    FUNCTION(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    RANGE(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode;
    id_(): Id_Context;
    SPLIT(): antlr.TerminalNode | null;
    MERGE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_partition_schemeContext extends antlr.ParserRuleContext {
    _partition_scheme_name?: Id_Context;
    _file_group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode;
    SCHEME(): antlr.TerminalNode;
    NEXT(): antlr.TerminalNode;
    USED(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Alter_remote_service_bindingContext extends antlr.ParserRuleContext {
    _binding_name?: Id_Context;
    _user_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    REMOTE(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    BINDING(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    USER(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    ANONYMOUS(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_remote_service_bindingContext extends antlr.ParserRuleContext {
    _binding_name?: Id_Context;
    _owner_name?: Id_Context;
    _remote_service_name?: Token | null;
    _user_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    REMOTE(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode[];
    SERVICE(i: number): antlr.TerminalNode | null;
    BINDING(): antlr.TerminalNode;
    TO(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    STRING(): antlr.TerminalNode;
    AUTHORIZATION(): antlr.TerminalNode | null;
    USER(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    ANONYMOUS(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_resource_poolContext extends antlr.ParserRuleContext {
    _pool_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    RESOURCE(): antlr.TerminalNode;
    POOL(): antlr.TerminalNode;
    id_(): Id_Context;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    MIN_CPU_PERCENT(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    MAX_CPU_PERCENT(): antlr.TerminalNode | null;
    CAP_CPU_PERCENT(): antlr.TerminalNode | null;
    AFFINITY(): antlr.TerminalNode | null;
    SCHEDULER(): antlr.TerminalNode | null;
    MIN_MEMORY_PERCENT(): antlr.TerminalNode | null;
    MAX_MEMORY_PERCENT(): antlr.TerminalNode | null;
    MIN_IOPS_PER_VOLUME(): antlr.TerminalNode | null;
    MAX_IOPS_PER_VOLUME(): antlr.TerminalNode | null;
    AUTO(): antlr.TerminalNode | null;
    NUMANODE(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_resource_governorContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _function_name?: Id_Context;
    _max_outstanding_io_per_volume?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    RESOURCE(): antlr.TerminalNode;
    GOVERNOR(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    CLASSIFIER_FUNCTION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    RESET(): antlr.TerminalNode | null;
    STATISTICS(): antlr.TerminalNode | null;
    MAX_OUTSTANDING_IO_PER_VOLUME(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    RECONFIGURE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Alter_database_audit_specificationContext extends antlr.ParserRuleContext {
    _audit_specification_name?: Id_Context;
    _audit_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    AUDIT(): antlr.TerminalNode[];
    AUDIT(i: number): antlr.TerminalNode | null;
    SPECIFICATION(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FOR(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    audit_action_spec_group(): Audit_action_spec_groupContext[];
    audit_action_spec_group(i: number): Audit_action_spec_groupContext | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Audit_action_spec_groupContext extends antlr.ParserRuleContext {
    _audit_action_group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    audit_action_specification(): Audit_action_specificationContext | null;
    id_(): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Audit_action_specificationContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    action_specification(): Action_specificationContext[];
    action_specification(i: number): Action_specificationContext | null;
    ON(): antlr.TerminalNode;
    audit_securable(): Audit_securableContext;
    BY(): antlr.TerminalNode;
    principal_id(): Principal_idContext[];
    principal_id(i: number): Principal_idContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    audit_class_name(): Audit_class_nameContext | null;
    DOUBLE_COLON(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Action_specificationContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SELECT(): antlr.TerminalNode | null;
    INSERT(): antlr.TerminalNode | null;
    UPDATE(): antlr.TerminalNode | null;
    DELETE(): antlr.TerminalNode | null;
    EXECUTE(): antlr.TerminalNode | null;
    RECEIVE(): antlr.TerminalNode | null;
    REFERENCES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Audit_class_nameContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OBJECT(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    TABLE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Audit_securableContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_db_roleContext extends antlr.ParserRuleContext {
    _role_name?: Id_Context;
    _database_principal?: Id_Context;
    _new_role_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    MEMBER(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_database_audit_specificationContext extends antlr.ParserRuleContext {
    _audit_specification_name?: Id_Context;
    _audit_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    AUDIT(): antlr.TerminalNode[];
    AUDIT(i: number): antlr.TerminalNode | null;
    SPECIFICATION(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FOR(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    audit_action_spec_group(): Audit_action_spec_groupContext[];
    audit_action_spec_group(i: number): Audit_action_spec_groupContext | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_db_roleContext extends antlr.ParserRuleContext {
    _role_name?: Id_Context;
    _owner_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_routeContext extends antlr.ParserRuleContext {
    _route_name?: Id_Context;
    _owner_name?: Id_Context;
    _route_service_name?: Token | null;
    _broker_instance_identifier?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    ROUTE(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    ADDRESS(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    SERVICE_NAME(): antlr.TerminalNode | null;
    BROKER_INSTANCE(): antlr.TerminalNode | null;
    LIFETIME(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    MIRROR_ADDRESS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_ruleContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _rule_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    RULE(): antlr.TerminalNode;
    AS(): antlr.TerminalNode;
    search_condition(): Search_conditionContext;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_schema_sqlContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode[];
    SCHEMA(i: number): antlr.TerminalNode | null;
    TRANSFER(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOUBLE_COLON(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    OBJECT(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_schemaContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _owner_name?: Id_Context;
    _object_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode[];
    SCHEMA(i: number): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    create_table(): Create_tableContext[];
    create_table(i: number): Create_tableContext | null;
    create_view(): Create_viewContext[];
    create_view(i: number): Create_viewContext | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    REVOKE(): antlr.TerminalNode[];
    REVOKE(i: number): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode[];
    FROM(i: number): antlr.TerminalNode | null;
    GRANT(): antlr.TerminalNode[];
    GRANT(i: number): antlr.TerminalNode | null;
    DENY(): antlr.TerminalNode[];
    DENY(i: number): antlr.TerminalNode | null;
    SELECT(): antlr.TerminalNode[];
    SELECT(i: number): antlr.TerminalNode | null;
    INSERT(): antlr.TerminalNode[];
    INSERT(i: number): antlr.TerminalNode | null;
    DELETE(): antlr.TerminalNode[];
    DELETE(i: number): antlr.TerminalNode | null;
    UPDATE(): antlr.TerminalNode[];
    UPDATE(i: number): antlr.TerminalNode | null;
    DOUBLE_COLON(): antlr.TerminalNode[];
    DOUBLE_COLON(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_schema_azure_sql_dw_and_pdwContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _owner_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_schema_azure_sql_dw_and_pdwContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode;
    TRANSFER(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    OBJECT(): antlr.TerminalNode | null;
    DOUBLE_COLON(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_search_property_listContext extends antlr.ParserRuleContext {
    _new_list_name?: Id_Context;
    _database_name?: Id_Context;
    _source_list_name?: Id_Context;
    _owner_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SEARCH(): antlr.TerminalNode;
    PROPERTY(): antlr.TerminalNode;
    LIST(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FROM(): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_security_policyContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _security_policy_name?: Id_Context;
    _tvf_schema_name?: Id_Context;
    _security_predicate_function_name?: Id_Context;
    _column_name_or_arguments?: Id_Context;
    _table_schema_name?: Id_Context;
    _name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SECURITY(): antlr.TerminalNode;
    POLICY(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode[];
    ADD(i: number): antlr.TerminalNode | null;
    PREDICATE(): antlr.TerminalNode[];
    PREDICATE(i: number): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    AFTER(): antlr.TerminalNode[];
    AFTER(i: number): antlr.TerminalNode | null;
    BEFORE(): antlr.TerminalNode[];
    BEFORE(i: number): antlr.TerminalNode | null;
    SCHEMABINDING(): antlr.TerminalNode | null;
    FILTER(): antlr.TerminalNode[];
    FILTER(i: number): antlr.TerminalNode | null;
    BLOCK(): antlr.TerminalNode[];
    BLOCK(i: number): antlr.TerminalNode | null;
    INSERT(): antlr.TerminalNode[];
    INSERT(i: number): antlr.TerminalNode | null;
    UPDATE(): antlr.TerminalNode[];
    UPDATE(i: number): antlr.TerminalNode | null;
    DELETE(): antlr.TerminalNode[];
    DELETE(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_sequenceContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _sequence_name?: Id_Context;
    _sequnce_increment?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SEQUENCE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    RESTART(): antlr.TerminalNode | null;
    INCREMENT(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    MINVALUE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    NO(): antlr.TerminalNode[];
    NO(i: number): antlr.TerminalNode | null;
    MAXVALUE(): antlr.TerminalNode | null;
    CYCLE(): antlr.TerminalNode | null;
    CACHE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_sequenceContext extends antlr.ParserRuleContext {
    _schema_name?: Id_Context;
    _sequence_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SEQUENCE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    data_type(): Data_typeContext | null;
    START(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    INCREMENT(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    MINVALUE(): antlr.TerminalNode | null;
    NO(): antlr.TerminalNode[];
    NO(i: number): antlr.TerminalNode | null;
    MAXVALUE(): antlr.TerminalNode | null;
    CYCLE(): antlr.TerminalNode | null;
    CACHE(): antlr.TerminalNode | null;
    MINUS(): antlr.TerminalNode[];
    MINUS(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_server_auditContext extends antlr.ParserRuleContext {
    _audit_name?: Id_Context;
    _filepath?: Token | null;
    _max_rollover_files?: Token | null;
    _max_files?: Token | null;
    _queue_delay?: Token | null;
    _event_field_name?: Id_Context;
    _new_audit_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    AUDIT(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    REMOVE(): antlr.TerminalNode | null;
    WHERE(): antlr.TerminalNode | null;
    MODIFY(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode | null;
    APPLICATION_LOG(): antlr.TerminalNode | null;
    SECURITY_LOG(): antlr.TerminalNode | null;
    QUEUE_DELAY(): antlr.TerminalNode[];
    QUEUE_DELAY(i: number): antlr.TerminalNode | null;
    ON_FAILURE(): antlr.TerminalNode[];
    ON_FAILURE(i: number): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode[];
    STATE(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    AND(): antlr.TerminalNode | null;
    OR(): antlr.TerminalNode | null;
    CONTINUE(): antlr.TerminalNode[];
    CONTINUE(i: number): antlr.TerminalNode | null;
    SHUTDOWN(): antlr.TerminalNode[];
    SHUTDOWN(i: number): antlr.TerminalNode | null;
    FAIL_OPERATION(): antlr.TerminalNode[];
    FAIL_OPERATION(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    GREATER(): antlr.TerminalNode | null;
    LESS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode | null;
    EXCLAMATION(): antlr.TerminalNode | null;
    FILEPATH(): antlr.TerminalNode[];
    FILEPATH(i: number): antlr.TerminalNode | null;
    MAXSIZE(): antlr.TerminalNode[];
    MAXSIZE(i: number): antlr.TerminalNode | null;
    MAX_ROLLOVER_FILES(): antlr.TerminalNode[];
    MAX_ROLLOVER_FILES(i: number): antlr.TerminalNode | null;
    MAX_FILES(): antlr.TerminalNode[];
    MAX_FILES(i: number): antlr.TerminalNode | null;
    RESERVE_DISK_SPACE(): antlr.TerminalNode[];
    RESERVE_DISK_SPACE(i: number): antlr.TerminalNode | null;
    UNLIMITED(): antlr.TerminalNode[];
    UNLIMITED(i: number): antlr.TerminalNode | null;
    MB(): antlr.TerminalNode[];
    MB(i: number): antlr.TerminalNode | null;
    GB(): antlr.TerminalNode[];
    GB(i: number): antlr.TerminalNode | null;
    TB(): antlr.TerminalNode[];
    TB(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_server_auditContext extends antlr.ParserRuleContext {
    _audit_name?: Id_Context;
    _filepath?: Token | null;
    _max_rollover_files?: Token | null;
    _max_files?: Token | null;
    _queue_delay?: Token | null;
    _audit_guid?: Id_Context;
    _event_field_name?: Id_Context;
    _new_audit_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    AUDIT(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    REMOVE(): antlr.TerminalNode | null;
    WHERE(): antlr.TerminalNode | null;
    MODIFY(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode | null;
    APPLICATION_LOG(): antlr.TerminalNode | null;
    SECURITY_LOG(): antlr.TerminalNode | null;
    QUEUE_DELAY(): antlr.TerminalNode[];
    QUEUE_DELAY(i: number): antlr.TerminalNode | null;
    ON_FAILURE(): antlr.TerminalNode[];
    ON_FAILURE(i: number): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode[];
    STATE(i: number): antlr.TerminalNode | null;
    AUDIT_GUID(): antlr.TerminalNode[];
    AUDIT_GUID(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    AND(): antlr.TerminalNode | null;
    OR(): antlr.TerminalNode | null;
    CONTINUE(): antlr.TerminalNode[];
    CONTINUE(i: number): antlr.TerminalNode | null;
    SHUTDOWN(): antlr.TerminalNode[];
    SHUTDOWN(i: number): antlr.TerminalNode | null;
    FAIL_OPERATION(): antlr.TerminalNode[];
    FAIL_OPERATION(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    GREATER(): antlr.TerminalNode | null;
    LESS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode | null;
    EXCLAMATION(): antlr.TerminalNode | null;
    FILEPATH(): antlr.TerminalNode[];
    FILEPATH(i: number): antlr.TerminalNode | null;
    MAXSIZE(): antlr.TerminalNode[];
    MAXSIZE(i: number): antlr.TerminalNode | null;
    MAX_ROLLOVER_FILES(): antlr.TerminalNode[];
    MAX_ROLLOVER_FILES(i: number): antlr.TerminalNode | null;
    MAX_FILES(): antlr.TerminalNode[];
    MAX_FILES(i: number): antlr.TerminalNode | null;
    RESERVE_DISK_SPACE(): antlr.TerminalNode[];
    RESERVE_DISK_SPACE(i: number): antlr.TerminalNode | null;
    UNLIMITED(): antlr.TerminalNode[];
    UNLIMITED(i: number): antlr.TerminalNode | null;
    MB(): antlr.TerminalNode[];
    MB(i: number): antlr.TerminalNode | null;
    GB(): antlr.TerminalNode[];
    GB(i: number): antlr.TerminalNode | null;
    TB(): antlr.TerminalNode[];
    TB(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_server_audit_specificationContext extends antlr.ParserRuleContext {
    _audit_specification_name?: Id_Context;
    _audit_name?: Id_Context;
    _audit_action_group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode[];
    SERVER(i: number): antlr.TerminalNode | null;
    AUDIT(): antlr.TerminalNode[];
    AUDIT(i: number): antlr.TerminalNode | null;
    SPECIFICATION(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FOR(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode[];
    ADD(i: number): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode[];
    DROP(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_server_audit_specificationContext extends antlr.ParserRuleContext {
    _audit_specification_name?: Id_Context;
    _audit_name?: Id_Context;
    _audit_action_group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode[];
    SERVER(i: number): antlr.TerminalNode | null;
    AUDIT(): antlr.TerminalNode[];
    AUDIT(i: number): antlr.TerminalNode | null;
    SPECIFICATION(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FOR(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode[];
    ADD(i: number): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_server_configurationContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    CONFIGURATION(): antlr.TerminalNode;
    SET(): antlr.TerminalNode[];
    SET(i: number): antlr.TerminalNode | null;
    PROCESS(): antlr.TerminalNode | null;
    AFFINITY(): antlr.TerminalNode | null;
    DIAGNOSTICS(): antlr.TerminalNode | null;
    LOG(): antlr.TerminalNode | null;
    FAILOVER(): antlr.TerminalNode | null;
    CLUSTER(): antlr.TerminalNode | null;
    PROPERTY(): antlr.TerminalNode | null;
    HADR(): antlr.TerminalNode | null;
    CONTEXT(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    BUFFER(): antlr.TerminalNode | null;
    POOL(): antlr.TerminalNode | null;
    EXTENSION(): antlr.TerminalNode | null;
    SOFTNUMA(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    LOCAL(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    CPU(): antlr.TerminalNode | null;
    NUMANODE(): antlr.TerminalNode | null;
    PATH(): antlr.TerminalNode | null;
    MAX_SIZE(): antlr.TerminalNode | null;
    MAX_FILES(): antlr.TerminalNode | null;
    VERBOSELOGGING(): antlr.TerminalNode | null;
    SQLDUMPERFLAGS(): antlr.TerminalNode | null;
    SQLDUMPERPATH(): antlr.TerminalNode | null;
    SQLDUMPERTIMEOUT(): antlr.TerminalNode | null;
    FAILURECONDITIONLEVEL(): antlr.TerminalNode | null;
    HEALTHCHECKTIMEOUT(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    FILENAME(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SIZE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    KB(): antlr.TerminalNode | null;
    MB(): antlr.TerminalNode | null;
    GB(): antlr.TerminalNode | null;
    AUTO(): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_server_roleContext extends antlr.ParserRuleContext {
    _server_role_name?: Id_Context;
    _server_principal?: Id_Context;
    _new_server_role_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    MEMBER(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_server_roleContext extends antlr.ParserRuleContext {
    _server_role?: Id_Context;
    _server_principal?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_server_role_pdwContext extends antlr.ParserRuleContext {
    _server_role_name?: Id_Context;
    _login?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SERVER(): antlr.TerminalNode;
    ROLE(): antlr.TerminalNode;
    MEMBER(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_serviceContext extends antlr.ParserRuleContext {
    _modified_service_name?: Id_Context;
    _schema_name?: Id_Context;
    _queue_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ON(): antlr.TerminalNode | null;
    QUEUE(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    opt_arg_clause(): Opt_arg_clauseContext[];
    opt_arg_clause(i: number): Opt_arg_clauseContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Opt_arg_clauseContext extends antlr.ParserRuleContext {
    _modified_contract_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CONTRACT(): antlr.TerminalNode;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Create_serviceContext extends antlr.ParserRuleContext {
    _create_service_name?: Id_Context;
    _owner_name?: Id_Context;
    _schema_name?: Id_Context;
    _queue_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    QUEUE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode[];
    DEFAULT(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_service_master_keyContext extends antlr.ParserRuleContext {
    _acold_account_name?: Token | null;
    _old_password?: Token | null;
    _new_account_name?: Token | null;
    _new_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    REGENERATE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    FORCE(): antlr.TerminalNode | null;
    OLD_ACCOUNT(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    OLD_PASSWORD(): antlr.TerminalNode | null;
    NEW_ACCOUNT(): antlr.TerminalNode | null;
    NEW_PASSWORD(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_symmetric_keyContext extends antlr.ParserRuleContext {
    _key_name?: Id_Context;
    _certificate_name?: Id_Context;
    _password?: Token | null;
    _symmetric_key_name?: Id_Context;
    _Asym_key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    SYMMETRIC(): antlr.TerminalNode[];
    SYMMETRIC(i: number): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_synonymContext extends antlr.ParserRuleContext {
    _schema_name_1?: Id_Context;
    _synonym_name?: Id_Context;
    _server_name?: Id_Context;
    _database_name?: Id_Context;
    _schema_name_2?: Id_Context;
    _object_name?: Id_Context;
    _database_or_schema2?: Id_Context;
    _schema_id_2_or_object_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    SYNONYM(): antlr.TerminalNode;
    FOR(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_userContext extends antlr.ParserRuleContext {
    _username?: Id_Context;
    _newusername?: Id_Context;
    _schema_name?: Id_Context;
    _loginame?: Id_Context;
    _lcid?: Token | null;
    _language_name_or_alias?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    USER(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    NAME(): antlr.TerminalNode[];
    NAME(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DEFAULT_SCHEMA(): antlr.TerminalNode[];
    DEFAULT_SCHEMA(i: number): antlr.TerminalNode | null;
    LOGIN(): antlr.TerminalNode[];
    LOGIN(i: number): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode[];
    PASSWORD(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    DEFAULT_LANGUAGE(): antlr.TerminalNode[];
    DEFAULT_LANGUAGE(i: number): antlr.TerminalNode | null;
    ALLOW_ENCRYPTED_VALUE_MODIFICATIONS(): antlr.TerminalNode[];
    ALLOW_ENCRYPTED_VALUE_MODIFICATIONS(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode[];
    NULL_(i: number): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode[];
    NONE(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    OLD_PASSWORD(): antlr.TerminalNode[];
    OLD_PASSWORD(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_userContext extends antlr.ParserRuleContext {
    _user_name?: Id_Context;
    _login_name?: Id_Context;
    _schema_name?: Id_Context;
    _windows_principal?: Id_Context;
    _language_name_or_alias?: Id_Context;
    _password?: Token | null;
    _Azure_Active_Directory_principal?: Id_Context;
    _cert_name?: Id_Context;
    _asym_key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    USER(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LOGIN(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode | null;
    DEFAULT_SCHEMA(): antlr.TerminalNode[];
    DEFAULT_SCHEMA(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    ALLOW_ENCRYPTED_VALUE_MODIFICATIONS(): antlr.TerminalNode[];
    ALLOW_ENCRYPTED_VALUE_MODIFICATIONS(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EXTERNAL(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    DEFAULT_LANGUAGE(): antlr.TerminalNode[];
    DEFAULT_LANGUAGE(i: number): antlr.TerminalNode | null;
    SID(): antlr.TerminalNode[];
    SID(i: number): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode[];
    BINARY(i: number): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode[];
    NONE(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    WITHOUT(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_user_azure_sql_dwContext extends antlr.ParserRuleContext {
    _user_name?: Id_Context;
    _login_name?: Id_Context;
    _schema_name?: Id_Context;
    _Azure_Active_Directory_principal?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    USER(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LOGIN(): antlr.TerminalNode | null;
    WITHOUT(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    DEFAULT_SCHEMA(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode | null;
    EXTERNAL(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_user_azure_sqlContext extends antlr.ParserRuleContext {
    _username?: Id_Context;
    _newusername?: Id_Context;
    _schema_name?: Id_Context;
    _loginame?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    USER(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    NAME(): antlr.TerminalNode[];
    NAME(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DEFAULT_SCHEMA(): antlr.TerminalNode[];
    DEFAULT_SCHEMA(i: number): antlr.TerminalNode | null;
    LOGIN(): antlr.TerminalNode[];
    LOGIN(i: number): antlr.TerminalNode | null;
    ALLOW_ENCRYPTED_VALUE_MODIFICATIONS(): antlr.TerminalNode[];
    ALLOW_ENCRYPTED_VALUE_MODIFICATIONS(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode[];
    OFF(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_workload_groupContext extends antlr.ParserRuleContext {
    _workload_group_group_name?: Id_Context;
    _request_max_memory_grant?: Token | null;
    _request_max_cpu_time_sec?: Token | null;
    _request_memory_grant_timeout_sec?: Token | null;
    _max_dop?: Token | null;
    _group_max_requests?: Token | null;
    _workload_group_pool_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    WORKLOAD(): antlr.TerminalNode;
    GROUP(): antlr.TerminalNode;
    DEFAULT_DOUBLE_QUOTE(): antlr.TerminalNode[];
    DEFAULT_DOUBLE_QUOTE(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    USING(): antlr.TerminalNode | null;
    IMPORTANCE(): antlr.TerminalNode[];
    IMPORTANCE(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    REQUEST_MAX_MEMORY_GRANT_PERCENT(): antlr.TerminalNode[];
    REQUEST_MAX_MEMORY_GRANT_PERCENT(i: number): antlr.TerminalNode | null;
    REQUEST_MAX_CPU_TIME_SEC(): antlr.TerminalNode[];
    REQUEST_MAX_CPU_TIME_SEC(i: number): antlr.TerminalNode | null;
    REQUEST_MEMORY_GRANT_TIMEOUT_SEC(): antlr.TerminalNode[];
    REQUEST_MEMORY_GRANT_TIMEOUT_SEC(i: number): antlr.TerminalNode | null;
    MAX_DOP(): antlr.TerminalNode[];
    MAX_DOP(i: number): antlr.TerminalNode | null;
    GROUP_MAX_REQUESTS(): antlr.TerminalNode[];
    GROUP_MAX_REQUESTS(i: number): antlr.TerminalNode | null;
    LOW(): antlr.TerminalNode[];
    LOW(i: number): antlr.TerminalNode | null;
    MEDIUM(): antlr.TerminalNode[];
    MEDIUM(i: number): antlr.TerminalNode | null;
    HIGH(): antlr.TerminalNode[];
    HIGH(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_workload_groupContext extends antlr.ParserRuleContext {
    _workload_group_group_name?: Id_Context;
    _request_max_memory_grant?: Token | null;
    _request_max_cpu_time_sec?: Token | null;
    _request_memory_grant_timeout_sec?: Token | null;
    _max_dop?: Token | null;
    _group_max_requests?: Token | null;
    _workload_group_pool_name?: Id_Context;
    _external_pool_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    WORKLOAD(): antlr.TerminalNode;
    GROUP(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    USING(): antlr.TerminalNode | null;
    IMPORTANCE(): antlr.TerminalNode[];
    IMPORTANCE(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    REQUEST_MAX_MEMORY_GRANT_PERCENT(): antlr.TerminalNode[];
    REQUEST_MAX_MEMORY_GRANT_PERCENT(i: number): antlr.TerminalNode | null;
    REQUEST_MAX_CPU_TIME_SEC(): antlr.TerminalNode[];
    REQUEST_MAX_CPU_TIME_SEC(i: number): antlr.TerminalNode | null;
    REQUEST_MEMORY_GRANT_TIMEOUT_SEC(): antlr.TerminalNode[];
    REQUEST_MEMORY_GRANT_TIMEOUT_SEC(i: number): antlr.TerminalNode | null;
    MAX_DOP(): antlr.TerminalNode[];
    MAX_DOP(i: number): antlr.TerminalNode | null;
    GROUP_MAX_REQUESTS(): antlr.TerminalNode[];
    GROUP_MAX_REQUESTS(i: number): antlr.TerminalNode | null;
    DEFAULT_DOUBLE_QUOTE(): antlr.TerminalNode[];
    DEFAULT_DOUBLE_QUOTE(i: number): antlr.TerminalNode | null;
    EXTERNAL(): antlr.TerminalNode | null;
    LOW(): antlr.TerminalNode[];
    LOW(i: number): antlr.TerminalNode | null;
    MEDIUM(): antlr.TerminalNode[];
    MEDIUM(i: number): antlr.TerminalNode | null;
    HIGH(): antlr.TerminalNode[];
    HIGH(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_xml_schema_collectionContext extends antlr.ParserRuleContext {
    _relational_schema?: Id_Context;
    _sql_identifier?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    XML(): antlr.TerminalNode;
    SCHEMA(): antlr.TerminalNode;
    COLLECTION(): antlr.TerminalNode;
    AS(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_partition_functionContext extends antlr.ParserRuleContext {
    _partition_function_name?: Id_Context;
    _input_parameter_type?: Data_typeContext;
    _boundary_values?: Expression_list_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode;
    FUNCTION(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode;
    RANGE(): antlr.TerminalNode;
    FOR(): antlr.TerminalNode;
    VALUES(): antlr.TerminalNode;
    id_(): Id_Context;
    data_type(): Data_typeContext;
    expression_list_(): Expression_list_Context;
    LEFT(): antlr.TerminalNode | null;
    RIGHT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_partition_schemeContext extends antlr.ParserRuleContext {
    _partition_scheme_name?: Id_Context;
    _partition_function_name?: Id_Context;
    _id_?: Id_Context;
    _file_group_names: Id_Context[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode[];
    PARTITION(i: number): antlr.TerminalNode | null;
    SCHEME(): antlr.TerminalNode;
    AS(): antlr.TerminalNode;
    TO(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ALL(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_queueContext extends antlr.ParserRuleContext {
    _queue_name?: Id_Context;
    _filegroup?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    QUEUE(): antlr.TerminalNode;
    full_table_name(): Full_table_nameContext | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    queue_settings(): Queue_settingsContext | null;
    ON(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Queue_settingsContext extends antlr.ParserRuleContext {
    _max_readers?: Token | null;
    _user_name?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    STATUS(): antlr.TerminalNode[];
    STATUS(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    on_off(): On_offContext[];
    on_off(i: number): On_offContext | null;
    RETENTION(): antlr.TerminalNode | null;
    ACTIVATION(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    POISON_MESSAGE_HANDLING(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    PROCEDURE_NAME(): antlr.TerminalNode | null;
    func_proc_name_database_schema(): Func_proc_name_database_schemaContext | null;
    MAX_QUEUE_READERS(): antlr.TerminalNode | null;
    EXECUTE(): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    SELF(): antlr.TerminalNode | null;
    OWNER(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_queueContext extends antlr.ParserRuleContext {
    _queue_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    QUEUE(): antlr.TerminalNode;
    full_table_name(): Full_table_nameContext | null;
    queue_settings(): Queue_settingsContext | null;
    queue_action(): Queue_actionContext | null;
    id_(): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Queue_actionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    REBUILD(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    queue_rebuild_options(): Queue_rebuild_optionsContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    REORGANIZE(): antlr.TerminalNode | null;
    LOB_COMPACTION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    MOVE(): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    DEFAULT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Queue_rebuild_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    MAXDOP(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Create_contractContext extends antlr.ParserRuleContext {
    _owner_name?: Id_Context;
    _message_type_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    CONTRACT(): antlr.TerminalNode;
    contract_name(): Contract_nameContext;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    AUTHORIZATION(): antlr.TerminalNode | null;
    SENT(): antlr.TerminalNode[];
    SENT(i: number): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode[];
    BY(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    INITIATOR(): antlr.TerminalNode[];
    INITIATOR(i: number): antlr.TerminalNode | null;
    TARGET(): antlr.TerminalNode[];
    TARGET(i: number): antlr.TerminalNode | null;
    ANY(): antlr.TerminalNode[];
    ANY(i: number): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode[];
    DEFAULT(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Conversation_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    begin_conversation_timer(): Begin_conversation_timerContext | null;
    begin_conversation_dialog(): Begin_conversation_dialogContext | null;
    end_conversation(): End_conversationContext | null;
    get_conversation(): Get_conversationContext | null;
    send_conversation(): Send_conversationContext | null;
    waitfor_conversation(): Waitfor_conversationContext | null;
    get ruleIndex(): number;
}
export declare class Message_statementContext extends antlr.ParserRuleContext {
    _message_type_name?: Id_Context;
    _owner_name?: Id_Context;
    _schema_collection_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    MESSAGE(): antlr.TerminalNode;
    TYPE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    VALIDATION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    EMPTY(): antlr.TerminalNode | null;
    WELL_FORMED_XML(): antlr.TerminalNode | null;
    VALID_XML(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Merge_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    MERGE(): antlr.TerminalNode;
    ddl_object(): Ddl_objectContext;
    USING(): antlr.TerminalNode;
    table_sources(): Table_sourcesContext;
    ON(): antlr.TerminalNode;
    search_condition(): Search_conditionContext;
    SEMI(): antlr.TerminalNode;
    with_expression(): With_expressionContext | null;
    TOP(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    INTO(): antlr.TerminalNode | null;
    with_table_hints(): With_table_hintsContext | null;
    as_table_alias(): As_table_aliasContext | null;
    when_matches(): When_matchesContext[];
    when_matches(i: number): When_matchesContext | null;
    output_clause(): Output_clauseContext | null;
    option_clause(): Option_clauseContext | null;
    PERCENT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class When_matchesContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WHEN(): antlr.TerminalNode[];
    WHEN(i: number): antlr.TerminalNode | null;
    MATCHED(): antlr.TerminalNode[];
    MATCHED(i: number): antlr.TerminalNode | null;
    THEN(): antlr.TerminalNode[];
    THEN(i: number): antlr.TerminalNode | null;
    merge_matched(): Merge_matchedContext[];
    merge_matched(i: number): Merge_matchedContext | null;
    AND(): antlr.TerminalNode[];
    AND(i: number): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext[];
    search_condition(i: number): Search_conditionContext | null;
    NOT(): antlr.TerminalNode[];
    NOT(i: number): antlr.TerminalNode | null;
    merge_not_matched(): Merge_not_matchedContext | null;
    BY(): antlr.TerminalNode[];
    BY(i: number): antlr.TerminalNode | null;
    TARGET(): antlr.TerminalNode | null;
    SOURCE(): antlr.TerminalNode[];
    SOURCE(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Merge_matchedContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UPDATE(): antlr.TerminalNode | null;
    SET(): antlr.TerminalNode | null;
    update_elem_merge(): Update_elem_mergeContext[];
    update_elem_merge(i: number): Update_elem_mergeContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    DELETE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Merge_not_matchedContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    INSERT(): antlr.TerminalNode;
    table_value_constructor(): Table_value_constructorContext | null;
    DEFAULT(): antlr.TerminalNode | null;
    VALUES(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Delete_statementContext extends antlr.ParserRuleContext {
    _cursor_var?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DELETE(): antlr.TerminalNode;
    delete_statement_from(): Delete_statement_fromContext;
    with_expression(): With_expressionContext | null;
    TOP(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode[];
    FROM(i: number): antlr.TerminalNode | null;
    with_table_hints(): With_table_hintsContext | null;
    output_clause(): Output_clauseContext | null;
    table_sources(): Table_sourcesContext | null;
    WHERE(): antlr.TerminalNode | null;
    for_clause(): For_clauseContext | null;
    option_clause(): Option_clauseContext | null;
    SEMI(): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext | null;
    CURRENT(): antlr.TerminalNode | null;
    OF(): antlr.TerminalNode | null;
    PERCENT(): antlr.TerminalNode | null;
    cursor_name(): Cursor_nameContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    GLOBAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Delete_statement_fromContext extends antlr.ParserRuleContext {
    _table_var?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ddl_object(): Ddl_objectContext | null;
    rowset_function_limited(): Rowset_function_limitedContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Insert_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    INSERT(): antlr.TerminalNode;
    insert_statement_value(): Insert_statement_valueContext;
    ddl_object(): Ddl_objectContext | null;
    rowset_function_limited(): Rowset_function_limitedContext | null;
    with_expression(): With_expressionContext | null;
    TOP(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    INTO(): antlr.TerminalNode | null;
    with_table_hints(): With_table_hintsContext | null;
    insert_column_name_list(): Insert_column_name_listContext | null;
    output_clause(): Output_clauseContext | null;
    for_clause(): For_clauseContext | null;
    option_clause(): Option_clauseContext | null;
    SEMI(): antlr.TerminalNode | null;
    PERCENT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Insert_statement_valueContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    table_value_constructor(): Table_value_constructorContext | null;
    derived_table(): Derived_tableContext | null;
    execute_statement(): Execute_statementContext | null;
    DEFAULT(): antlr.TerminalNode | null;
    VALUES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Receive_statementContext extends antlr.ParserRuleContext {
    _table_variable?: Id_Context;
    _where?: Search_conditionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RECEIVE(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    full_table_name(): Full_table_nameContext;
    ALL(): antlr.TerminalNode | null;
    DISTINCT(): antlr.TerminalNode | null;
    top_clause(): Top_clauseContext | null;
    STAR(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    INTO(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    WHERE(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext | null;
    get ruleIndex(): number;
}
export declare class Select_statement_standaloneContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    select_statement(): Select_statementContext;
    with_expression(): With_expressionContext | null;
    get ruleIndex(): number;
}
export declare class Select_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    query_expression(): Query_expressionContext;
    select_order_by_clause(): Select_order_by_clauseContext | null;
    for_clause(): For_clauseContext | null;
    option_clause(): Option_clauseContext | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class TimeContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCAL_ID(): antlr.TerminalNode | null;
    constant(): ConstantContext | null;
    get ruleIndex(): number;
}
export declare class Update_statementContext extends antlr.ParserRuleContext {
    _cursor_var?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UPDATE(): antlr.TerminalNode;
    SET(): antlr.TerminalNode;
    update_elem(): Update_elemContext[];
    update_elem(i: number): Update_elemContext | null;
    ddl_object(): Ddl_objectContext | null;
    rowset_function_limited(): Rowset_function_limitedContext | null;
    with_expression(): With_expressionContext | null;
    TOP(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    with_table_hints(): With_table_hintsContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    output_clause(): Output_clauseContext | null;
    FROM(): antlr.TerminalNode | null;
    table_sources(): Table_sourcesContext | null;
    WHERE(): antlr.TerminalNode | null;
    for_clause(): For_clauseContext | null;
    option_clause(): Option_clauseContext | null;
    SEMI(): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext | null;
    CURRENT(): antlr.TerminalNode | null;
    OF(): antlr.TerminalNode | null;
    PERCENT(): antlr.TerminalNode | null;
    cursor_name(): Cursor_nameContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    GLOBAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Output_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OUTPUT(): antlr.TerminalNode;
    output_dml_list_elem(): Output_dml_list_elemContext[];
    output_dml_list_elem(i: number): Output_dml_list_elemContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    INTO(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    table_name(): Table_nameContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Output_dml_list_elemContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    expression(): ExpressionContext | null;
    asterisk(): AsteriskContext | null;
    as_column_alias(): As_column_aliasContext | null;
    get ruleIndex(): number;
}
export declare class Create_databaseContext extends antlr.ParserRuleContext {
    _database?: Id_Context;
    _collation_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    CONTAINMENT(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    database_file_spec(): Database_file_specContext[];
    database_file_spec(i: number): Database_file_specContext | null;
    LOG(): antlr.TerminalNode | null;
    COLLATE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    create_database_option(): Create_database_optionContext[];
    create_database_option(i: number): Create_database_optionContext | null;
    NONE(): antlr.TerminalNode | null;
    PARTIAL(): antlr.TerminalNode | null;
    PRIMARY(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_indexContext extends antlr.ParserRuleContext {
    _where?: Search_conditionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    INDEX(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    table_name(): Table_nameContext;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    column_name_list_with_order(): Column_name_list_with_orderContext;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    UNIQUE(): antlr.TerminalNode | null;
    clustered(): ClusteredContext | null;
    INCLUDE(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    WHERE(): antlr.TerminalNode | null;
    create_index_options(): Create_index_optionsContext | null;
    SEMI(): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext | null;
    get ruleIndex(): number;
}
export declare class Create_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    relational_index_option(): Relational_index_optionContext[];
    relational_index_option(i: number): Relational_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Relational_index_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    rebuild_index_option(): Rebuild_index_optionContext | null;
    DROP_EXISTING(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    OPTIMIZE_FOR_SEQUENTIAL_KEY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_indexContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    INDEX(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    id_(): Id_Context | null;
    ALL(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    PAUSE(): antlr.TerminalNode | null;
    ABORT(): antlr.TerminalNode | null;
    RESUME(): antlr.TerminalNode | null;
    reorganize_partition(): Reorganize_partitionContext | null;
    set_index_options(): Set_index_optionsContext | null;
    rebuild_partition(): Rebuild_partitionContext | null;
    resumable_index_options(): Resumable_index_optionsContext | null;
    get ruleIndex(): number;
}
export declare class Resumable_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    resumable_index_option(): Resumable_index_optionContext[];
    resumable_index_option(i: number): Resumable_index_optionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Resumable_index_optionContext extends antlr.ParserRuleContext {
    _max_degree_of_parallelism?: Token | null;
    _max_duration?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    MAXDOP(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    MAX_DURATION(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    low_priority_lock_wait(): Low_priority_lock_waitContext | null;
    get ruleIndex(): number;
}
export declare class Reorganize_partitionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    REORGANIZE(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    reorganize_options(): Reorganize_optionsContext | null;
    get ruleIndex(): number;
}
export declare class Reorganize_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    reorganize_option(): Reorganize_optionContext[];
    reorganize_option(i: number): Reorganize_optionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Reorganize_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOB_COMPACTION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext;
    COMPRESS_ALL_ROW_GROUPS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Set_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SET(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    set_index_option(): Set_index_optionContext[];
    set_index_option(i: number): Set_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Set_index_optionContext extends antlr.ParserRuleContext {
    _delay?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALLOW_ROW_LOCKS(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext | null;
    ALLOW_PAGE_LOCKS(): antlr.TerminalNode | null;
    OPTIMIZE_FOR_SEQUENTIAL_KEY(): antlr.TerminalNode | null;
    IGNORE_DUP_KEY(): antlr.TerminalNode | null;
    STATISTICS_NORECOMPUTE(): antlr.TerminalNode | null;
    COMPRESSION_DELAY(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Rebuild_partitionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    REBUILD(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    rebuild_index_options(): Rebuild_index_optionsContext | null;
    DECIMAL(): antlr.TerminalNode | null;
    single_partition_rebuild_index_options(): Single_partition_rebuild_index_optionsContext | null;
    get ruleIndex(): number;
}
export declare class Rebuild_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    rebuild_index_option(): Rebuild_index_optionContext[];
    rebuild_index_option(i: number): Rebuild_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Rebuild_index_optionContext extends antlr.ParserRuleContext {
    _times?: Token | null;
    _max_degree_of_parallelism?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PAD_INDEX(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext | null;
    FILLFACTOR(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    SORT_IN_TEMPDB(): antlr.TerminalNode | null;
    IGNORE_DUP_KEY(): antlr.TerminalNode | null;
    STATISTICS_NORECOMPUTE(): antlr.TerminalNode | null;
    STATISTICS_INCREMENTAL(): antlr.TerminalNode | null;
    ONLINE(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    low_priority_lock_wait(): Low_priority_lock_waitContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    RESUMABLE(): antlr.TerminalNode | null;
    MAX_DURATION(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    ALLOW_ROW_LOCKS(): antlr.TerminalNode | null;
    ALLOW_PAGE_LOCKS(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    DATA_COMPRESSION(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    PAGE(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    COLUMNSTORE_ARCHIVE(): antlr.TerminalNode | null;
    on_partitions(): On_partitionsContext | null;
    XML_COMPRESSION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Single_partition_rebuild_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    single_partition_rebuild_index_option(): Single_partition_rebuild_index_optionContext[];
    single_partition_rebuild_index_option(i: number): Single_partition_rebuild_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Single_partition_rebuild_index_optionContext extends antlr.ParserRuleContext {
    _max_degree_of_parallelism?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SORT_IN_TEMPDB(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext | null;
    MAXDOP(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    RESUMABLE(): antlr.TerminalNode | null;
    DATA_COMPRESSION(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    PAGE(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    COLUMNSTORE_ARCHIVE(): antlr.TerminalNode | null;
    on_partitions(): On_partitionsContext | null;
    XML_COMPRESSION(): antlr.TerminalNode | null;
    ONLINE(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    low_priority_lock_wait(): Low_priority_lock_waitContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class On_partitionsContext extends antlr.ParserRuleContext {
    _partition_number?: Token | null;
    _to_partition_number?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ON(): antlr.TerminalNode;
    PARTITIONS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_columnstore_indexContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    CLUSTERED(): antlr.TerminalNode;
    COLUMNSTORE(): antlr.TerminalNode;
    INDEX(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    table_name(): Table_nameContext;
    create_columnstore_index_options(): Create_columnstore_index_optionsContext | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_columnstore_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    columnstore_index_option(): Columnstore_index_optionContext[];
    columnstore_index_option(i: number): Columnstore_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Columnstore_index_optionContext extends antlr.ParserRuleContext {
    _max_degree_of_parallelism?: Token | null;
    _delay?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP_EXISTING(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext | null;
    MAXDOP(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    ONLINE(): antlr.TerminalNode | null;
    COMPRESSION_DELAY(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    DATA_COMPRESSION(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    COLUMNSTORE_ARCHIVE(): antlr.TerminalNode | null;
    on_partitions(): On_partitionsContext | null;
    get ruleIndex(): number;
}
export declare class Create_nonclustered_columnstore_indexContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    COLUMNSTORE(): antlr.TerminalNode;
    INDEX(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    table_name(): Table_nameContext;
    LR_BRACKET(): antlr.TerminalNode;
    column_name_list_with_order(): Column_name_list_with_orderContext;
    RR_BRACKET(): antlr.TerminalNode;
    NONCLUSTERED(): antlr.TerminalNode | null;
    WHERE(): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext | null;
    create_columnstore_index_options(): Create_columnstore_index_optionsContext | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_xml_indexContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    XML(): antlr.TerminalNode[];
    XML(i: number): antlr.TerminalNode | null;
    INDEX(): antlr.TerminalNode[];
    INDEX(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    ON(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    PRIMARY(): antlr.TerminalNode | null;
    USING(): antlr.TerminalNode | null;
    xml_index_options(): Xml_index_optionsContext | null;
    SEMI(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    VALUE(): antlr.TerminalNode | null;
    PATH(): antlr.TerminalNode | null;
    PROPERTY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Xml_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    xml_index_option(): Xml_index_optionContext[];
    xml_index_option(i: number): Xml_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Xml_index_optionContext extends antlr.ParserRuleContext {
    _max_degree_of_parallelism?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PAD_INDEX(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext | null;
    FILLFACTOR(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    SORT_IN_TEMPDB(): antlr.TerminalNode | null;
    IGNORE_DUP_KEY(): antlr.TerminalNode | null;
    DROP_EXISTING(): antlr.TerminalNode | null;
    ONLINE(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    low_priority_lock_wait(): Low_priority_lock_waitContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    ALLOW_ROW_LOCKS(): antlr.TerminalNode | null;
    ALLOW_PAGE_LOCKS(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    XML_COMPRESSION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_or_alter_procedureContext extends antlr.ParserRuleContext {
    _proc?: Token | null;
    _procName?: Func_proc_name_schemaContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AS(): antlr.TerminalNode;
    func_proc_name_schema(): Func_proc_name_schemaContext;
    ALTER(): antlr.TerminalNode | null;
    PROC(): antlr.TerminalNode | null;
    PROCEDURE(): antlr.TerminalNode | null;
    as_external_name(): As_external_nameContext | null;
    SEMI(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    procedure_param(): Procedure_paramContext[];
    procedure_param(i: number): Procedure_paramContext | null;
    WITH(): antlr.TerminalNode | null;
    procedure_option(): Procedure_optionContext[];
    procedure_option(i: number): Procedure_optionContext | null;
    FOR(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    CREATE(): antlr.TerminalNode | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    OR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class As_external_nameContext extends antlr.ParserRuleContext {
    _assembly_name?: Id_Context;
    _class_name?: Id_Context;
    _method_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EXTERNAL(): antlr.TerminalNode;
    NAME(): antlr.TerminalNode;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Create_or_alter_triggerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    create_or_alter_dml_trigger(): Create_or_alter_dml_triggerContext | null;
    create_or_alter_ddl_trigger(): Create_or_alter_ddl_triggerContext | null;
    get ruleIndex(): number;
}
export declare class Create_or_alter_dml_triggerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TRIGGER(): antlr.TerminalNode;
    simple_name(): Simple_nameContext;
    ON(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    dml_trigger_operation(): Dml_trigger_operationContext[];
    dml_trigger_operation(i: number): Dml_trigger_operationContext | null;
    AS(): antlr.TerminalNode;
    CREATE(): antlr.TerminalNode | null;
    ALTER(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode[];
    FOR(i: number): antlr.TerminalNode | null;
    AFTER(): antlr.TerminalNode | null;
    INSTEAD(): antlr.TerminalNode | null;
    OF(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode[];
    WITH(i: number): antlr.TerminalNode | null;
    dml_trigger_option(): Dml_trigger_optionContext[];
    dml_trigger_option(i: number): Dml_trigger_optionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    APPEND(): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    OR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dml_trigger_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENCRYPTION(): antlr.TerminalNode | null;
    execute_clause(): Execute_clauseContext | null;
    get ruleIndex(): number;
}
export declare class Dml_trigger_operationContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    INSERT(): antlr.TerminalNode | null;
    UPDATE(): antlr.TerminalNode | null;
    DELETE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_or_alter_ddl_triggerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TRIGGER(): antlr.TerminalNode;
    simple_name(): Simple_nameContext;
    ON(): antlr.TerminalNode;
    ddl_trigger_operation(): Ddl_trigger_operationContext[];
    ddl_trigger_operation(i: number): Ddl_trigger_operationContext | null;
    AS(): antlr.TerminalNode;
    FOR(): antlr.TerminalNode | null;
    AFTER(): antlr.TerminalNode | null;
    CREATE(): antlr.TerminalNode | null;
    ALTER(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    dml_trigger_option(): Dml_trigger_optionContext[];
    dml_trigger_option(i: number): Dml_trigger_optionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    OR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Ddl_trigger_operationContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    simple_id(): Simple_idContext;
    get ruleIndex(): number;
}
export declare class Create_or_alter_functionContext extends antlr.ParserRuleContext {
    _funcName?: Func_proc_name_schemaContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FUNCTION(): antlr.TerminalNode;
    func_proc_name_schema(): Func_proc_name_schemaContext;
    ALTER(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    func_body_returns_select(): Func_body_returns_selectContext | null;
    func_body_returns_table(): Func_body_returns_tableContext | null;
    func_body_returns_scalar(): Func_body_returns_scalarContext | null;
    SEMI(): antlr.TerminalNode | null;
    CREATE(): antlr.TerminalNode | null;
    procedure_param(): Procedure_paramContext[];
    procedure_param(i: number): Procedure_paramContext | null;
    OR(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Func_body_returns_selectContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RETURNS(): antlr.TerminalNode;
    TABLE(): antlr.TerminalNode;
    as_external_name(): As_external_nameContext | null;
    RETURN(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    function_option(): Function_optionContext[];
    function_option(i: number): Function_optionContext | null;
    AS(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    select_statement_standalone(): Select_statement_standaloneContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Func_body_returns_tableContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RETURNS(): antlr.TerminalNode;
    LOCAL_ID(): antlr.TerminalNode;
    table_type_definition(): Table_type_definitionContext;
    as_external_name(): As_external_nameContext | null;
    BEGIN(): antlr.TerminalNode | null;
    RETURN(): antlr.TerminalNode | null;
    END(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    function_option(): Function_optionContext[];
    function_option(i: number): Function_optionContext | null;
    AS(): antlr.TerminalNode | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    SEMI(): antlr.TerminalNode[];
    SEMI(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Func_body_returns_scalarContext extends antlr.ParserRuleContext {
    _ret?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RETURNS(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    as_external_name(): As_external_nameContext | null;
    BEGIN(): antlr.TerminalNode | null;
    RETURN(): antlr.TerminalNode | null;
    END(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    function_option(): Function_optionContext[];
    function_option(i: number): Function_optionContext | null;
    AS(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    sql_clauses(): Sql_clausesContext[];
    sql_clauses(i: number): Sql_clausesContext | null;
    SEMI(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Procedure_param_default_valueContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    NULL_(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    constant(): ConstantContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Procedure_paramContext extends antlr.ParserRuleContext {
    _type_schema?: Id_Context;
    _default_val?: Procedure_param_default_valueContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCAL_ID(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    AS(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    VARYING(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    procedure_param_default_value(): Procedure_param_default_valueContext | null;
    OUT(): antlr.TerminalNode | null;
    OUTPUT(): antlr.TerminalNode | null;
    READONLY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Procedure_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENCRYPTION(): antlr.TerminalNode | null;
    RECOMPILE(): antlr.TerminalNode | null;
    execute_clause(): Execute_clauseContext | null;
    get ruleIndex(): number;
}
export declare class Function_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENCRYPTION(): antlr.TerminalNode | null;
    SCHEMABINDING(): antlr.TerminalNode | null;
    RETURNS(): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode[];
    NULL_(i: number): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    INPUT(): antlr.TerminalNode | null;
    CALLED(): antlr.TerminalNode | null;
    execute_clause(): Execute_clauseContext | null;
    get ruleIndex(): number;
}
export declare class Create_statisticsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    STATISTICS(): antlr.TerminalNode;
    id_(): Id_Context;
    ON(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    LR_BRACKET(): antlr.TerminalNode;
    column_name_list(): Column_name_listContext;
    RR_BRACKET(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    FULLSCAN(): antlr.TerminalNode | null;
    SAMPLE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    STATS_STREAM(): antlr.TerminalNode | null;
    PERCENT(): antlr.TerminalNode | null;
    ROWS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NORECOMPUTE(): antlr.TerminalNode | null;
    INCREMENTAL(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    get ruleIndex(): number;
}
export declare class Update_statisticsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UPDATE(): antlr.TerminalNode;
    STATISTICS(): antlr.TerminalNode;
    full_table_name(): Full_table_nameContext;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    update_statistics_options(): Update_statistics_optionsContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Update_statistics_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    update_statistics_option(): Update_statistics_optionContext[];
    update_statistics_option(i: number): Update_statistics_optionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Update_statistics_optionContext extends antlr.ParserRuleContext {
    _number_?: Token | null;
    _stats_stream_?: ExpressionContext;
    _max_dregree_of_parallelism?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FULLSCAN(): antlr.TerminalNode | null;
    PERSIST_SAMPLE_PERCENT(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    COMMA(): antlr.TerminalNode | null;
    SAMPLE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    PERCENT(): antlr.TerminalNode | null;
    ROWS(): antlr.TerminalNode | null;
    RESAMPLE(): antlr.TerminalNode | null;
    on_partitions(): On_partitionsContext | null;
    STATS_STREAM(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    ROWCOUNT(): antlr.TerminalNode | null;
    PAGECOUNT(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    COLUMNS(): antlr.TerminalNode | null;
    INDEX(): antlr.TerminalNode | null;
    NORECOMPUTE(): antlr.TerminalNode | null;
    INCREMENTAL(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    AUTO_DROP(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_tableContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    TABLE(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    LR_BRACKET(): antlr.TerminalNode;
    column_def_table_constraints(): Column_def_table_constraintsContext;
    RR_BRACKET(): antlr.TerminalNode;
    table_indices(): Table_indicesContext[];
    table_indices(i: number): Table_indicesContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    LOCK(): antlr.TerminalNode | null;
    simple_id(): Simple_idContext | null;
    table_options(): Table_optionsContext[];
    table_options(i: number): Table_optionsContext | null;
    ON(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DEFAULT(): antlr.TerminalNode[];
    DEFAULT(i: number): antlr.TerminalNode | null;
    on_partition_or_filegroup(): On_partition_or_filegroupContext | null;
    TEXTIMAGE_ON(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_indicesContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    INDEX(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    column_name_list_with_order(): Column_name_list_with_orderContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    UNIQUE(): antlr.TerminalNode | null;
    clustered(): ClusteredContext | null;
    CLUSTERED(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    NONCLUSTERED(): antlr.TerminalNode | null;
    create_table_index_options(): Create_table_index_optionsContext | null;
    ON(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    table_option(): Table_optionContext[];
    table_option(i: number): Table_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EQUAL(): antlr.TerminalNode | null;
    simple_id(): Simple_idContext[];
    simple_id(i: number): Simple_idContext | null;
    keyword(): KeywordContext[];
    keyword(i: number): KeywordContext | null;
    on_off(): On_offContext | null;
    DECIMAL(): antlr.TerminalNode | null;
    CLUSTERED(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    INDEX(): antlr.TerminalNode | null;
    HEAP(): antlr.TerminalNode | null;
    FILLFACTOR(): antlr.TerminalNode | null;
    DISTRIBUTION(): antlr.TerminalNode | null;
    HASH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ASC(): antlr.TerminalNode[];
    ASC(i: number): antlr.TerminalNode | null;
    DESC(): antlr.TerminalNode[];
    DESC(i: number): antlr.TerminalNode | null;
    DATA_COMPRESSION(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    PAGE(): antlr.TerminalNode | null;
    on_partitions(): On_partitionsContext | null;
    XML_COMPRESSION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_table_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    create_table_index_option(): Create_table_index_optionContext[];
    create_table_index_option(i: number): Create_table_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_table_index_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PAD_INDEX(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext | null;
    FILLFACTOR(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    IGNORE_DUP_KEY(): antlr.TerminalNode | null;
    STATISTICS_NORECOMPUTE(): antlr.TerminalNode | null;
    STATISTICS_INCREMENTAL(): antlr.TerminalNode | null;
    ALLOW_ROW_LOCKS(): antlr.TerminalNode | null;
    ALLOW_PAGE_LOCKS(): antlr.TerminalNode | null;
    OPTIMIZE_FOR_SEQUENTIAL_KEY(): antlr.TerminalNode | null;
    DATA_COMPRESSION(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    PAGE(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    COLUMNSTORE_ARCHIVE(): antlr.TerminalNode | null;
    on_partitions(): On_partitionsContext | null;
    XML_COMPRESSION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_viewContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    VIEW(): antlr.TerminalNode;
    simple_name(): Simple_nameContext;
    AS(): antlr.TerminalNode;
    select_statement_standalone(): Select_statement_standaloneContext;
    CREATE(): antlr.TerminalNode | null;
    ALTER(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode[];
    WITH(i: number): antlr.TerminalNode | null;
    view_attribute(): View_attributeContext[];
    view_attribute(i: number): View_attributeContext | null;
    CHECK(): antlr.TerminalNode | null;
    OPTION(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    OR(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class View_attributeContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENCRYPTION(): antlr.TerminalNode | null;
    SCHEMABINDING(): antlr.TerminalNode | null;
    VIEW_METADATA(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_tableContext extends antlr.ParserRuleContext {
    _constraint?: Id_Context;
    _fk?: Column_name_listContext;
    _pk?: Column_name_listContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode[];
    ALTER(i: number): antlr.TerminalNode | null;
    TABLE(): antlr.TerminalNode[];
    TABLE(i: number): antlr.TerminalNode | null;
    table_name(): Table_nameContext[];
    table_name(i: number): Table_nameContext | null;
    SET(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    LOCK_ESCALATION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    column_def_table_constraints(): Column_def_table_constraintsContext | null;
    COLUMN(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    CONSTRAINT(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    TRIGGER(): antlr.TerminalNode | null;
    REBUILD(): antlr.TerminalNode | null;
    table_options(): Table_optionsContext | null;
    SWITCH(): antlr.TerminalNode | null;
    switch_partition(): Switch_partitionContext | null;
    AUTO(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    CHECK(): antlr.TerminalNode[];
    CHECK(i: number): antlr.TerminalNode | null;
    NOCHECK(): antlr.TerminalNode | null;
    ENABLE(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    column_definition(): Column_definitionContext | null;
    column_modifier(): Column_modifierContext | null;
    FOREIGN(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    REFERENCES(): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext[];
    column_name_list(i: number): Column_name_listContext | null;
    on_delete(): On_deleteContext[];
    on_delete(i: number): On_deleteContext | null;
    on_update(): On_updateContext[];
    on_update(i: number): On_updateContext | null;
    get ruleIndex(): number;
}
export declare class Switch_partitionContext extends antlr.ParserRuleContext {
    _source_partition_number_expression?: ExpressionContext;
    _target_table?: Table_nameContext;
    _target_partition_number_expression?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TO(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    PARTITION(): antlr.TerminalNode[];
    PARTITION(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    low_priority_lock_wait(): Low_priority_lock_waitContext | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Low_priority_lock_waitContext extends antlr.ParserRuleContext {
    _max_duration?: TimeContext;
    _abort_after_wait?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WAIT_AT_LOW_PRIORITY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    MAX_DURATION(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode;
    ABORT_AFTER_WAIT(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    time(): TimeContext;
    NONE(): antlr.TerminalNode | null;
    SELF(): antlr.TerminalNode | null;
    BLOCKERS(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_databaseContext extends antlr.ParserRuleContext {
    _database?: Id_Context;
    _new_name?: Id_Context;
    _collation?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    CURRENT(): antlr.TerminalNode | null;
    MODIFY(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    COLLATE(): antlr.TerminalNode | null;
    SET(): antlr.TerminalNode | null;
    database_optionspec(): Database_optionspecContext | null;
    add_or_modify_files(): Add_or_modify_filesContext | null;
    add_or_modify_filegroups(): Add_or_modify_filegroupsContext | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    SEMI(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    termination(): TerminationContext | null;
    get ruleIndex(): number;
}
export declare class Add_or_modify_filesContext extends antlr.ParserRuleContext {
    _filegroup_name?: Id_Context;
    _logical_file_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ADD(): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode;
    filespec(): FilespecContext[];
    filespec(i: number): FilespecContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode | null;
    FILEGROUP(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    LOG(): antlr.TerminalNode | null;
    REMOVE(): antlr.TerminalNode | null;
    MODIFY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class FilespecContext extends antlr.ParserRuleContext {
    _name?: Id_or_stringContext;
    _new_name?: Id_or_stringContext;
    _file_name?: Token | null;
    _size?: File_sizeContext;
    _max_size?: File_sizeContext;
    _growth_increment?: File_sizeContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    NAME(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    id_or_string(): Id_or_stringContext[];
    id_or_string(i: number): Id_or_stringContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NEWNAME(): antlr.TerminalNode | null;
    FILENAME(): antlr.TerminalNode | null;
    SIZE(): antlr.TerminalNode | null;
    MAXSIZE(): antlr.TerminalNode | null;
    UNLIMITED(): antlr.TerminalNode | null;
    FILEGROWTH(): antlr.TerminalNode | null;
    OFFLINE(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    file_size(): File_sizeContext[];
    file_size(i: number): File_sizeContext | null;
    get ruleIndex(): number;
}
export declare class Add_or_modify_filegroupsContext extends antlr.ParserRuleContext {
    _filegroup_name?: Id_Context;
    _filegrou_name?: Id_Context;
    _new_filegroup_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ADD(): antlr.TerminalNode | null;
    FILEGROUP(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    CONTAINS(): antlr.TerminalNode | null;
    FILESTREAM(): antlr.TerminalNode | null;
    MEMORY_OPTIMIZED_DATA(): antlr.TerminalNode | null;
    REMOVE(): antlr.TerminalNode | null;
    MODIFY(): antlr.TerminalNode | null;
    filegroup_updatability_option(): Filegroup_updatability_optionContext | null;
    DEFAULT(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    AUTOGROW_SINGLE_FILE(): antlr.TerminalNode | null;
    AUTOGROW_ALL_FILES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Filegroup_updatability_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    READONLY(): antlr.TerminalNode | null;
    READWRITE(): antlr.TerminalNode | null;
    READ_ONLY(): antlr.TerminalNode | null;
    READ_WRITE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Database_optionspecContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    auto_option(): Auto_optionContext | null;
    change_tracking_option(): Change_tracking_optionContext | null;
    containment_option(): Containment_optionContext | null;
    cursor_option(): Cursor_optionContext | null;
    database_mirroring_option(): Database_mirroring_optionContext | null;
    date_correlation_optimization_option(): Date_correlation_optimization_optionContext | null;
    db_encryption_option(): Db_encryption_optionContext | null;
    db_state_option(): Db_state_optionContext | null;
    db_update_option(): Db_update_optionContext | null;
    db_user_access_option(): Db_user_access_optionContext | null;
    delayed_durability_option(): Delayed_durability_optionContext | null;
    external_access_option(): External_access_optionContext | null;
    FILESTREAM(): antlr.TerminalNode | null;
    database_filestream_option(): Database_filestream_optionContext | null;
    hadr_options(): Hadr_optionsContext | null;
    mixed_page_allocation_option(): Mixed_page_allocation_optionContext | null;
    parameterization_option(): Parameterization_optionContext | null;
    recovery_option(): Recovery_optionContext | null;
    service_broker_option(): Service_broker_optionContext | null;
    snapshot_option(): Snapshot_optionContext | null;
    sql_option(): Sql_optionContext | null;
    target_recovery_time_option(): Target_recovery_time_optionContext | null;
    termination(): TerminationContext | null;
    get ruleIndex(): number;
}
export declare class Auto_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AUTO_CLOSE(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    AUTO_CREATE_STATISTICS(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode[];
    ON(i: number): antlr.TerminalNode | null;
    INCREMENTAL(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    AUTO_SHRINK(): antlr.TerminalNode | null;
    AUTO_UPDATE_STATISTICS(): antlr.TerminalNode | null;
    AUTO_UPDATE_STATISTICS_ASYNC(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Change_tracking_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHANGE_TRACKING(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    OFF(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    change_tracking_option_list(): Change_tracking_option_listContext[];
    change_tracking_option_list(i: number): Change_tracking_option_listContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Change_tracking_option_listContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AUTO_CLEANUP(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    on_off(): On_offContext | null;
    CHANGE_RETENTION(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    DAYS(): antlr.TerminalNode | null;
    HOURS(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Containment_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CONTAINMENT(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    NONE(): antlr.TerminalNode | null;
    PARTIAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Cursor_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CURSOR_CLOSE_ON_COMMIT(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    CURSOR_DEFAULT(): antlr.TerminalNode | null;
    LOCAL(): antlr.TerminalNode | null;
    GLOBAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_endpointContext extends antlr.ParserRuleContext {
    _endpointname?: Id_Context;
    _login?: Id_Context;
    _state?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALTER(): antlr.TerminalNode;
    ENDPOINT(): antlr.TerminalNode;
    AS(): antlr.TerminalNode;
    TCP(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    endpoint_listener_clause(): Endpoint_listener_clauseContext;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FOR(): antlr.TerminalNode | null;
    TSQL(): antlr.TerminalNode | null;
    SERVICE_BROKER(): antlr.TerminalNode | null;
    endpoint_authentication_clause(): Endpoint_authentication_clauseContext | null;
    DATABASE_MIRRORING(): antlr.TerminalNode | null;
    ROLE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    WITNESS(): antlr.TerminalNode | null;
    PARTNER(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    STARTED(): antlr.TerminalNode | null;
    STOPPED(): antlr.TerminalNode | null;
    DISABLED(): antlr.TerminalNode[];
    DISABLED(i: number): antlr.TerminalNode | null;
    endpoint_encryption_alogorithm_clause(): Endpoint_encryption_alogorithm_clauseContext | null;
    MESSAGE_FORWARDING(): antlr.TerminalNode | null;
    MESSAGE_FORWARD_SIZE(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ENABLED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Database_mirroring_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    mirroring_set_option(): Mirroring_set_optionContext;
    get ruleIndex(): number;
}
export declare class Mirroring_set_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    mirroring_partner(): Mirroring_partnerContext | null;
    partner_option(): Partner_optionContext | null;
    mirroring_witness(): Mirroring_witnessContext | null;
    witness_option(): Witness_optionContext | null;
    get ruleIndex(): number;
}
export declare class Mirroring_partnerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PARTNER(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Mirroring_witnessContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITNESS(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Witness_partner_equalContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EQUAL(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Partner_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    witness_partner_equal(): Witness_partner_equalContext | null;
    partner_server(): Partner_serverContext | null;
    FAILOVER(): antlr.TerminalNode | null;
    FORCE_SERVICE_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    RESUME(): antlr.TerminalNode | null;
    SAFETY(): antlr.TerminalNode | null;
    FULL(): antlr.TerminalNode | null;
    SUSPEND(): antlr.TerminalNode | null;
    TIMEOUT(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Witness_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    witness_partner_equal(): Witness_partner_equalContext | null;
    witness_server(): Witness_serverContext | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Witness_serverContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    partner_server(): Partner_serverContext;
    get ruleIndex(): number;
}
export declare class Partner_serverContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    partner_server_tcp_prefix(): Partner_server_tcp_prefixContext;
    host(): HostContext;
    mirroring_host_port_seperator(): Mirroring_host_port_seperatorContext;
    port_number(): Port_numberContext;
    get ruleIndex(): number;
}
export declare class Mirroring_host_port_seperatorContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    COLON(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Partner_server_tcp_prefixContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TCP(): antlr.TerminalNode;
    COLON(): antlr.TerminalNode;
    DOUBLE_FORWARD_SLASH(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Port_numberContext extends antlr.ParserRuleContext {
    _port?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECIMAL(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class HostContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    host(): HostContext | null;
    get ruleIndex(): number;
}
export declare class Date_correlation_optimization_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DATE_CORRELATION_OPTIMIZATION(): antlr.TerminalNode;
    on_off(): On_offContext;
    get ruleIndex(): number;
}
export declare class Db_encryption_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENCRYPTION(): antlr.TerminalNode;
    on_off(): On_offContext;
    get ruleIndex(): number;
}
export declare class Db_state_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ONLINE(): antlr.TerminalNode | null;
    OFFLINE(): antlr.TerminalNode | null;
    EMERGENCY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Db_update_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    READ_ONLY(): antlr.TerminalNode | null;
    READ_WRITE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Db_user_access_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SINGLE_USER(): antlr.TerminalNode | null;
    RESTRICTED_USER(): antlr.TerminalNode | null;
    MULTI_USER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Delayed_durability_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DELAYED_DURABILITY(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    DISABLED(): antlr.TerminalNode | null;
    ALLOWED(): antlr.TerminalNode | null;
    FORCED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class External_access_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DB_CHAINING(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    TRUSTWORTHY(): antlr.TerminalNode | null;
    DEFAULT_LANGUAGE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    DEFAULT_FULLTEXT_LANGUAGE(): antlr.TerminalNode | null;
    NESTED_TRIGGERS(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    TRANSFORM_NOISE_WORDS(): antlr.TerminalNode | null;
    TWO_DIGIT_YEAR_CUTOFF(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Hadr_optionsContext extends antlr.ParserRuleContext {
    _availability_group_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    HADR(): antlr.TerminalNode;
    SUSPEND(): antlr.TerminalNode | null;
    RESUME(): antlr.TerminalNode | null;
    AVAILABILITY(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Mixed_page_allocation_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    MIXED_PAGE_ALLOCATION(): antlr.TerminalNode;
    OFF(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Parameterization_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PARAMETERIZATION(): antlr.TerminalNode;
    SIMPLE(): antlr.TerminalNode | null;
    FORCED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Recovery_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RECOVERY(): antlr.TerminalNode | null;
    FULL(): antlr.TerminalNode | null;
    BULK_LOGGED(): antlr.TerminalNode | null;
    SIMPLE(): antlr.TerminalNode | null;
    TORN_PAGE_DETECTION(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    ACCELERATED_DATABASE_RECOVERY(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    PAGE_VERIFY(): antlr.TerminalNode | null;
    CHECKSUM(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Service_broker_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ENABLE_BROKER(): antlr.TerminalNode | null;
    DISABLE_BROKER(): antlr.TerminalNode | null;
    NEW_BROKER(): antlr.TerminalNode | null;
    ERROR_BROKER_CONVERSATIONS(): antlr.TerminalNode | null;
    HONOR_BROKER_PRIORITY(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    get ruleIndex(): number;
}
export declare class Snapshot_optionContext extends antlr.ParserRuleContext {
    _MEMORY_OPTIMIZED_ELEVATE_TO_SNAPSHOT?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALLOW_SNAPSHOT_ISOLATION(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    READ_COMMITTED_SNAPSHOT(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Sql_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ANSI_NULL_DEFAULT(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    ANSI_NULLS(): antlr.TerminalNode | null;
    ANSI_PADDING(): antlr.TerminalNode | null;
    ANSI_WARNINGS(): antlr.TerminalNode | null;
    ARITHABORT(): antlr.TerminalNode | null;
    COMPATIBILITY_LEVEL(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    CONCAT_NULL_YIELDS_NULL(): antlr.TerminalNode | null;
    NUMERIC_ROUNDABORT(): antlr.TerminalNode | null;
    QUOTED_IDENTIFIER(): antlr.TerminalNode | null;
    RECURSIVE_TRIGGERS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Target_recovery_time_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TARGET_RECOVERY_TIME(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode;
    SECONDS(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class TerminationContext extends antlr.ParserRuleContext {
    _seconds?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ROLLBACK(): antlr.TerminalNode | null;
    AFTER(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    IMMEDIATE(): antlr.TerminalNode | null;
    NO_WAIT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_indexContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    INDEX(): antlr.TerminalNode;
    drop_relational_or_xml_or_spatial_index(): Drop_relational_or_xml_or_spatial_indexContext[];
    drop_relational_or_xml_or_spatial_index(i: number): Drop_relational_or_xml_or_spatial_indexContext | null;
    drop_backward_compatible_index(): Drop_backward_compatible_indexContext[];
    drop_backward_compatible_index(i: number): Drop_backward_compatible_indexContext | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_relational_or_xml_or_spatial_indexContext extends antlr.ParserRuleContext {
    _index_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ON(): antlr.TerminalNode;
    full_table_name(): Full_table_nameContext;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Drop_backward_compatible_indexContext extends antlr.ParserRuleContext {
    _owner_name?: Id_Context;
    _table_or_view_name?: Id_Context;
    _index_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Drop_procedureContext extends antlr.ParserRuleContext {
    _proc?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    func_proc_name_schema(): Func_proc_name_schemaContext[];
    func_proc_name_schema(i: number): Func_proc_name_schemaContext | null;
    PROC(): antlr.TerminalNode | null;
    PROCEDURE(): antlr.TerminalNode | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_triggerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    drop_dml_trigger(): Drop_dml_triggerContext | null;
    drop_ddl_trigger(): Drop_ddl_triggerContext | null;
    get ruleIndex(): number;
}
export declare class Drop_dml_triggerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    TRIGGER(): antlr.TerminalNode;
    simple_name(): Simple_nameContext[];
    simple_name(i: number): Simple_nameContext | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_ddl_triggerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    TRIGGER(): antlr.TerminalNode;
    simple_name(): Simple_nameContext[];
    simple_name(i: number): Simple_nameContext | null;
    ON(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_functionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    FUNCTION(): antlr.TerminalNode;
    func_proc_name_schema(): Func_proc_name_schemaContext[];
    func_proc_name_schema(i: number): Func_proc_name_schemaContext | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_statisticsContext extends antlr.ParserRuleContext {
    _name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    STATISTICS(): antlr.TerminalNode;
    SEMI(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    table_name(): Table_nameContext[];
    table_name(i: number): Table_nameContext | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_tableContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    TABLE(): antlr.TerminalNode;
    table_name(): Table_nameContext[];
    table_name(i: number): Table_nameContext | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Drop_viewContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    VIEW(): antlr.TerminalNode;
    simple_name(): Simple_nameContext[];
    simple_name(i: number): Simple_nameContext | null;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_typeContext extends antlr.ParserRuleContext {
    _name?: Simple_nameContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    TYPE(): antlr.TerminalNode;
    simple_name(): Simple_nameContext;
    FROM(): antlr.TerminalNode | null;
    data_type(): Data_typeContext | null;
    AS(): antlr.TerminalNode | null;
    TABLE(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    column_def_table_constraints(): Column_def_table_constraintsContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    null_notnull(): Null_notnullContext | null;
    get ruleIndex(): number;
}
export declare class Drop_typeContext extends antlr.ParserRuleContext {
    _name?: Simple_nameContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROP(): antlr.TerminalNode;
    TYPE(): antlr.TerminalNode;
    simple_name(): Simple_nameContext;
    IF(): antlr.TerminalNode | null;
    EXISTS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Rowset_function_limitedContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    openquery(): OpenqueryContext | null;
    opendatasource(): OpendatasourceContext | null;
    get ruleIndex(): number;
}
export declare class OpenqueryContext extends antlr.ParserRuleContext {
    _linked_server?: Id_Context;
    _query?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OPENQUERY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    id_(): Id_Context;
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class OpendatasourceContext extends antlr.ParserRuleContext {
    _provider?: Token | null;
    _init?: Token | null;
    _database?: Id_Context;
    _scheme?: Id_Context;
    _table?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OPENDATASOURCE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Declare_statementContext extends antlr.ParserRuleContext {
    _declare_local?: Declare_localContext;
    _loc: Declare_localContext[];
    _xml_declaration?: Xml_declarationContext;
    _xml_dec: Xml_declarationContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECLARE(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    data_type(): Data_typeContext | null;
    table_type_definition(): Table_type_definitionContext | null;
    table_name(): Table_nameContext | null;
    AS(): antlr.TerminalNode | null;
    declare_local(): Declare_localContext[];
    declare_local(i: number): Declare_localContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    xml_type_definition(): Xml_type_definitionContext | null;
    WITH(): antlr.TerminalNode | null;
    XMLNAMESPACES(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    xml_declaration(): Xml_declarationContext[];
    xml_declaration(i: number): Xml_declarationContext | null;
    get ruleIndex(): number;
}
export declare class Xml_declarationContext extends antlr.ParserRuleContext {
    _xml_namespace_uri?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AS(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode;
    DEFAULT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Cursor_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CLOSE(): antlr.TerminalNode | null;
    cursor_name(): Cursor_nameContext | null;
    GLOBAL(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    DEALLOCATE(): antlr.TerminalNode | null;
    CURSOR(): antlr.TerminalNode | null;
    declare_cursor(): Declare_cursorContext | null;
    fetch_cursor(): Fetch_cursorContext | null;
    OPEN(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Backup_databaseContext extends antlr.ParserRuleContext {
    _database_name?: Id_Context;
    _file_or_filegroup?: Token | null;
    _logical_device_name?: Id_Context;
    _backup_set_name?: Id_Context;
    _medianame?: Token | null;
    _stats_percent?: Token | null;
    _encryptor_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BACKUP(): antlr.TerminalNode;
    DATABASE(): antlr.TerminalNode;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    READ_WRITE_FILEGROUPS(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode[];
    FILE(i: number): antlr.TerminalNode | null;
    FILEGROUP(): antlr.TerminalNode[];
    FILEGROUP(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    DISK(): antlr.TerminalNode[];
    DISK(i: number): antlr.TerminalNode | null;
    TAPE(): antlr.TerminalNode[];
    TAPE(i: number): antlr.TerminalNode | null;
    URL(): antlr.TerminalNode[];
    URL(i: number): antlr.TerminalNode | null;
    MIRROR(): antlr.TerminalNode[];
    MIRROR(i: number): antlr.TerminalNode | null;
    DIFFERENTIAL(): antlr.TerminalNode[];
    DIFFERENTIAL(i: number): antlr.TerminalNode | null;
    COPY_ONLY(): antlr.TerminalNode[];
    COPY_ONLY(i: number): antlr.TerminalNode | null;
    DESCRIPTION(): antlr.TerminalNode[];
    DESCRIPTION(i: number): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode[];
    NAME(i: number): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode[];
    CREDENTIAL(i: number): antlr.TerminalNode | null;
    FILE_SNAPSHOT(): antlr.TerminalNode[];
    FILE_SNAPSHOT(i: number): antlr.TerminalNode | null;
    MEDIADESCRIPTION(): antlr.TerminalNode[];
    MEDIADESCRIPTION(i: number): antlr.TerminalNode | null;
    MEDIANAME(): antlr.TerminalNode[];
    MEDIANAME(i: number): antlr.TerminalNode | null;
    BLOCKSIZE(): antlr.TerminalNode[];
    BLOCKSIZE(i: number): antlr.TerminalNode | null;
    BUFFERCOUNT(): antlr.TerminalNode[];
    BUFFERCOUNT(i: number): antlr.TerminalNode | null;
    MAXTRANSFER(): antlr.TerminalNode[];
    MAXTRANSFER(i: number): antlr.TerminalNode | null;
    RESTART(): antlr.TerminalNode[];
    RESTART(i: number): antlr.TerminalNode | null;
    STATS(): antlr.TerminalNode[];
    STATS(i: number): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode[];
    ENCRYPTION(i: number): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode[];
    ALGORITHM(i: number): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode[];
    SERVER(i: number): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode[];
    CERTIFICATE(i: number): antlr.TerminalNode | null;
    COMPRESSION(): antlr.TerminalNode[];
    COMPRESSION(i: number): antlr.TerminalNode | null;
    NO_COMPRESSION(): antlr.TerminalNode[];
    NO_COMPRESSION(i: number): antlr.TerminalNode | null;
    NOINIT(): antlr.TerminalNode[];
    NOINIT(i: number): antlr.TerminalNode | null;
    INIT(): antlr.TerminalNode[];
    INIT(i: number): antlr.TerminalNode | null;
    NOSKIP(): antlr.TerminalNode[];
    NOSKIP(i: number): antlr.TerminalNode | null;
    SKIP_KEYWORD(): antlr.TerminalNode[];
    SKIP_KEYWORD(i: number): antlr.TerminalNode | null;
    NOFORMAT(): antlr.TerminalNode[];
    NOFORMAT(i: number): antlr.TerminalNode | null;
    FORMAT(): antlr.TerminalNode[];
    FORMAT(i: number): antlr.TerminalNode | null;
    NO_CHECKSUM(): antlr.TerminalNode[];
    NO_CHECKSUM(i: number): antlr.TerminalNode | null;
    CHECKSUM(): antlr.TerminalNode[];
    CHECKSUM(i: number): antlr.TerminalNode | null;
    STOP_ON_ERROR(): antlr.TerminalNode[];
    STOP_ON_ERROR(i: number): antlr.TerminalNode | null;
    CONTINUE_AFTER_ERROR(): antlr.TerminalNode[];
    CONTINUE_AFTER_ERROR(i: number): antlr.TerminalNode | null;
    REWIND(): antlr.TerminalNode[];
    REWIND(i: number): antlr.TerminalNode | null;
    NOREWIND(): antlr.TerminalNode[];
    NOREWIND(i: number): antlr.TerminalNode | null;
    LOAD(): antlr.TerminalNode[];
    LOAD(i: number): antlr.TerminalNode | null;
    NOUNLOAD(): antlr.TerminalNode[];
    NOUNLOAD(i: number): antlr.TerminalNode | null;
    AES_128(): antlr.TerminalNode[];
    AES_128(i: number): antlr.TerminalNode | null;
    AES_192(): antlr.TerminalNode[];
    AES_192(i: number): antlr.TerminalNode | null;
    AES_256(): antlr.TerminalNode[];
    AES_256(i: number): antlr.TerminalNode | null;
    TRIPLE_DES_3KEY(): antlr.TerminalNode[];
    TRIPLE_DES_3KEY(i: number): antlr.TerminalNode | null;
    EXPIREDATE(): antlr.TerminalNode[];
    EXPIREDATE(i: number): antlr.TerminalNode | null;
    RETAINDAYS(): antlr.TerminalNode[];
    RETAINDAYS(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode[];
    ASYMMETRIC(i: number): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Backup_logContext extends antlr.ParserRuleContext {
    _database_name?: Id_Context;
    _logical_device_name?: Id_Context;
    _backup_set_name?: Id_Context;
    _medianame?: Token | null;
    _stats_percent?: Token | null;
    _undo_file_name?: Token | null;
    _encryptor_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BACKUP(): antlr.TerminalNode;
    LOG(): antlr.TerminalNode;
    TO(): antlr.TerminalNode[];
    TO(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DISK(): antlr.TerminalNode[];
    DISK(i: number): antlr.TerminalNode | null;
    TAPE(): antlr.TerminalNode[];
    TAPE(i: number): antlr.TerminalNode | null;
    URL(): antlr.TerminalNode[];
    URL(i: number): antlr.TerminalNode | null;
    MIRROR(): antlr.TerminalNode[];
    MIRROR(i: number): antlr.TerminalNode | null;
    DIFFERENTIAL(): antlr.TerminalNode[];
    DIFFERENTIAL(i: number): antlr.TerminalNode | null;
    COPY_ONLY(): antlr.TerminalNode[];
    COPY_ONLY(i: number): antlr.TerminalNode | null;
    DESCRIPTION(): antlr.TerminalNode[];
    DESCRIPTION(i: number): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode[];
    NAME(i: number): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode[];
    CREDENTIAL(i: number): antlr.TerminalNode | null;
    FILE_SNAPSHOT(): antlr.TerminalNode[];
    FILE_SNAPSHOT(i: number): antlr.TerminalNode | null;
    MEDIADESCRIPTION(): antlr.TerminalNode[];
    MEDIADESCRIPTION(i: number): antlr.TerminalNode | null;
    MEDIANAME(): antlr.TerminalNode[];
    MEDIANAME(i: number): antlr.TerminalNode | null;
    BLOCKSIZE(): antlr.TerminalNode[];
    BLOCKSIZE(i: number): antlr.TerminalNode | null;
    BUFFERCOUNT(): antlr.TerminalNode[];
    BUFFERCOUNT(i: number): antlr.TerminalNode | null;
    MAXTRANSFER(): antlr.TerminalNode[];
    MAXTRANSFER(i: number): antlr.TerminalNode | null;
    RESTART(): antlr.TerminalNode[];
    RESTART(i: number): antlr.TerminalNode | null;
    STATS(): antlr.TerminalNode[];
    STATS(i: number): antlr.TerminalNode | null;
    NO_TRUNCATE(): antlr.TerminalNode[];
    NO_TRUNCATE(i: number): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode[];
    ENCRYPTION(i: number): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode[];
    ALGORITHM(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode[];
    SERVER(i: number): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode[];
    CERTIFICATE(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    COMPRESSION(): antlr.TerminalNode[];
    COMPRESSION(i: number): antlr.TerminalNode | null;
    NO_COMPRESSION(): antlr.TerminalNode[];
    NO_COMPRESSION(i: number): antlr.TerminalNode | null;
    NOINIT(): antlr.TerminalNode[];
    NOINIT(i: number): antlr.TerminalNode | null;
    INIT(): antlr.TerminalNode[];
    INIT(i: number): antlr.TerminalNode | null;
    NOSKIP(): antlr.TerminalNode[];
    NOSKIP(i: number): antlr.TerminalNode | null;
    SKIP_KEYWORD(): antlr.TerminalNode[];
    SKIP_KEYWORD(i: number): antlr.TerminalNode | null;
    NOFORMAT(): antlr.TerminalNode[];
    NOFORMAT(i: number): antlr.TerminalNode | null;
    FORMAT(): antlr.TerminalNode[];
    FORMAT(i: number): antlr.TerminalNode | null;
    NO_CHECKSUM(): antlr.TerminalNode[];
    NO_CHECKSUM(i: number): antlr.TerminalNode | null;
    CHECKSUM(): antlr.TerminalNode[];
    CHECKSUM(i: number): antlr.TerminalNode | null;
    STOP_ON_ERROR(): antlr.TerminalNode[];
    STOP_ON_ERROR(i: number): antlr.TerminalNode | null;
    CONTINUE_AFTER_ERROR(): antlr.TerminalNode[];
    CONTINUE_AFTER_ERROR(i: number): antlr.TerminalNode | null;
    REWIND(): antlr.TerminalNode[];
    REWIND(i: number): antlr.TerminalNode | null;
    NOREWIND(): antlr.TerminalNode[];
    NOREWIND(i: number): antlr.TerminalNode | null;
    LOAD(): antlr.TerminalNode[];
    LOAD(i: number): antlr.TerminalNode | null;
    NOUNLOAD(): antlr.TerminalNode[];
    NOUNLOAD(i: number): antlr.TerminalNode | null;
    AES_128(): antlr.TerminalNode[];
    AES_128(i: number): antlr.TerminalNode | null;
    AES_192(): antlr.TerminalNode[];
    AES_192(i: number): antlr.TerminalNode | null;
    AES_256(): antlr.TerminalNode[];
    AES_256(i: number): antlr.TerminalNode | null;
    TRIPLE_DES_3KEY(): antlr.TerminalNode[];
    TRIPLE_DES_3KEY(i: number): antlr.TerminalNode | null;
    EXPIREDATE(): antlr.TerminalNode[];
    EXPIREDATE(i: number): antlr.TerminalNode | null;
    RETAINDAYS(): antlr.TerminalNode[];
    RETAINDAYS(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    NORECOVERY(): antlr.TerminalNode[];
    NORECOVERY(i: number): antlr.TerminalNode | null;
    STANDBY(): antlr.TerminalNode[];
    STANDBY(i: number): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode[];
    ASYMMETRIC(i: number): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode[];
    KEY(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Backup_certificateContext extends antlr.ParserRuleContext {
    _certname?: Id_Context;
    _cert_file?: Token | null;
    _private_key_file?: Token | null;
    _encryption_password?: Token | null;
    _decryption_pasword?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BACKUP(): antlr.TerminalNode;
    CERTIFICATE(): antlr.TerminalNode;
    TO(): antlr.TerminalNode;
    FILE(): antlr.TerminalNode[];
    FILE(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    id_(): Id_Context;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    PRIVATE(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode[];
    ENCRYPTION(i: number): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode[];
    BY(i: number): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode[];
    PASSWORD(i: number): antlr.TerminalNode | null;
    DECRYPTION(): antlr.TerminalNode[];
    DECRYPTION(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Backup_master_keyContext extends antlr.ParserRuleContext {
    _master_key_backup_file?: Token | null;
    _encryption_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BACKUP(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    TO(): antlr.TerminalNode;
    FILE(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode;
    BY(): antlr.TerminalNode;
    PASSWORD(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Backup_service_master_keyContext extends antlr.ParserRuleContext {
    _service_master_key_backup_file?: Token | null;
    _encryption_password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BACKUP(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode;
    KEY(): antlr.TerminalNode;
    TO(): antlr.TerminalNode;
    FILE(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode;
    BY(): antlr.TerminalNode;
    PASSWORD(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Kill_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    KILL(): antlr.TerminalNode;
    kill_process(): Kill_processContext | null;
    kill_query_notification(): Kill_query_notificationContext | null;
    kill_stats_job(): Kill_stats_jobContext | null;
    get ruleIndex(): number;
}
export declare class Kill_processContext extends antlr.ParserRuleContext {
    _session_id?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UOW(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    STATUSONLY(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Kill_query_notificationContext extends antlr.ParserRuleContext {
    _subscription_id?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    QUERY(): antlr.TerminalNode;
    NOTIFICATION(): antlr.TerminalNode;
    SUBSCRIPTION(): antlr.TerminalNode;
    ALL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Kill_stats_jobContext extends antlr.ParserRuleContext {
    _job_id?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STATS(): antlr.TerminalNode;
    JOB(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Execute_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EXECUTE(): antlr.TerminalNode;
    execute_body(): Execute_bodyContext;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Execute_body_batchContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    func_proc_name_server_database_schema(): Func_proc_name_server_database_schemaContext;
    execute_statement_arg(): Execute_statement_argContext[];
    execute_statement_arg(i: number): Execute_statement_argContext | null;
    SEMI(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Execute_bodyContext extends antlr.ParserRuleContext {
    _return_status?: Token | null;
    _linkedServer?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    func_proc_name_server_database_schema(): Func_proc_name_server_database_schemaContext | null;
    execute_var_string(): Execute_var_stringContext[];
    execute_var_string(i: number): Execute_var_stringContext | null;
    EQUAL(): antlr.TerminalNode | null;
    execute_statement_arg(): Execute_statement_argContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    AT_KEYWORD(): antlr.TerminalNode | null;
    LOGIN(): antlr.TerminalNode | null;
    USER(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    CALLER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Execute_statement_argContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    execute_statement_arg_unnamed(): Execute_statement_arg_unnamedContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    execute_statement_arg(): Execute_statement_argContext[];
    execute_statement_arg(i: number): Execute_statement_argContext | null;
    execute_statement_arg_named(): Execute_statement_arg_namedContext[];
    execute_statement_arg_named(i: number): Execute_statement_arg_namedContext | null;
    get ruleIndex(): number;
}
export declare class Execute_statement_arg_namedContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _value?: Execute_parameterContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EQUAL(): antlr.TerminalNode;
    LOCAL_ID(): antlr.TerminalNode;
    execute_parameter(): Execute_parameterContext;
    get ruleIndex(): number;
}
export declare class Execute_statement_arg_unnamedContext extends antlr.ParserRuleContext {
    _value?: Execute_parameterContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    execute_parameter(): Execute_parameterContext;
    get ruleIndex(): number;
}
export declare class Execute_parameterContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    constant(): ConstantContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    DEFAULT(): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode | null;
    OUTPUT(): antlr.TerminalNode | null;
    OUT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Execute_var_stringContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    PLUS(): antlr.TerminalNode[];
    PLUS(i: number): antlr.TerminalNode | null;
    OUTPUT(): antlr.TerminalNode | null;
    OUT(): antlr.TerminalNode | null;
    execute_var_string(): Execute_var_stringContext | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Security_statementContext extends antlr.ParserRuleContext {
    _on_id?: Table_nameContext;
    _principal_id?: Principal_idContext;
    _to_principal: Principal_idContext[];
    _as_principal?: Principal_idContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    execute_clause(): Execute_clauseContext | null;
    SEMI(): antlr.TerminalNode | null;
    GRANT(): antlr.TerminalNode[];
    GRANT(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode | null;
    principal_id(): Principal_idContext[];
    principal_id(i: number): Principal_idContext | null;
    ALL(): antlr.TerminalNode | null;
    grant_permission(): Grant_permissionContext | null;
    ON(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    OPTION(): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    table_name(): Table_nameContext | null;
    PRIVILEGES(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    class_type_for_grant(): Class_type_for_grantContext | null;
    DOUBLE_COLON(): antlr.TerminalNode | null;
    REVERT(): antlr.TerminalNode | null;
    COOKIE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    open_key(): Open_keyContext | null;
    close_key(): Close_keyContext | null;
    create_key(): Create_keyContext | null;
    create_certificate(): Create_certificateContext | null;
    get ruleIndex(): number;
}
export declare class Principal_idContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    PUBLIC(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_certificateContext extends antlr.ParserRuleContext {
    _certificate_name?: Id_Context;
    _user_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    CERTIFICATE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    FROM(): antlr.TerminalNode | null;
    existing_keys(): Existing_keysContext | null;
    generate_new_keys(): Generate_new_keysContext | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    ACTIVE(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    BEGIN(): antlr.TerminalNode | null;
    DIALOG(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    get ruleIndex(): number;
}
export declare class Existing_keysContext extends antlr.ParserRuleContext {
    _assembly_name?: Id_Context;
    _path_to_file?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ASSEMBLY(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    FILE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    EXECUTABLE(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    PRIVATE(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    private_key_options(): Private_key_optionsContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Private_key_optionsContext extends antlr.ParserRuleContext {
    _path?: Token | null;
    _password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    DECRYPTION(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Generate_new_keysContext extends antlr.ParserRuleContext {
    _password?: Token | null;
    _certificate_subject_name?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    SUBJECT(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    date_options(): Date_optionsContext[];
    date_options(i: number): Date_optionsContext | null;
    get ruleIndex(): number;
}
export declare class Date_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EQUAL(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
    START_DATE(): antlr.TerminalNode | null;
    EXPIRY_DATE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Open_keyContext extends antlr.ParserRuleContext {
    _key_name?: Id_Context;
    _password?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OPEN(): antlr.TerminalNode;
    SYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode;
    DECRYPTION(): antlr.TerminalNode;
    BY(): antlr.TerminalNode;
    decryption_mechanism(): Decryption_mechanismContext | null;
    id_(): Id_Context | null;
    MASTER(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Close_keyContext extends antlr.ParserRuleContext {
    _key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CLOSE(): antlr.TerminalNode;
    SYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    ALL(): antlr.TerminalNode | null;
    KEYS(): antlr.TerminalNode | null;
    MASTER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_keyContext extends antlr.ParserRuleContext {
    _password?: Token | null;
    _key_name?: Id_Context;
    _user_name?: Id_Context;
    _provider_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CREATE(): antlr.TerminalNode;
    MASTER(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode;
    ENCRYPTION(): antlr.TerminalNode[];
    ENCRYPTION(i: number): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode[];
    BY(i: number): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    AUTHORIZATION(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    key_options(): Key_optionsContext[];
    key_options(i: number): Key_optionsContext | null;
    encryption_mechanism(): Encryption_mechanismContext[];
    encryption_mechanism(i: number): Encryption_mechanismContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Key_optionsContext extends antlr.ParserRuleContext {
    _pass_phrase?: Token | null;
    _identity_phrase?: Token | null;
    _key_name_in_provider?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    KEY_SOURCE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode | null;
    algorithm(): AlgorithmContext | null;
    IDENTITY_VALUE(): antlr.TerminalNode | null;
    PROVIDER_KEY_NAME(): antlr.TerminalNode | null;
    CREATION_DISPOSITION(): antlr.TerminalNode | null;
    CREATE_NEW(): antlr.TerminalNode | null;
    OPEN_EXISTING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class AlgorithmContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DES(): antlr.TerminalNode | null;
    TRIPLE_DES(): antlr.TerminalNode | null;
    TRIPLE_DES_3KEY(): antlr.TerminalNode | null;
    RC2(): antlr.TerminalNode | null;
    RC4(): antlr.TerminalNode | null;
    RC4_128(): antlr.TerminalNode | null;
    DESX(): antlr.TerminalNode | null;
    AES_128(): antlr.TerminalNode | null;
    AES_192(): antlr.TerminalNode | null;
    AES_256(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Encryption_mechanismContext extends antlr.ParserRuleContext {
    _certificate_name?: Id_Context;
    _asym_key_name?: Id_Context;
    _decrypting_Key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CERTIFICATE(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Decryption_mechanismContext extends antlr.ParserRuleContext {
    _certificate_name?: Id_Context;
    _asym_key_name?: Id_Context;
    _decrypting_Key_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CERTIFICATE(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Grant_permissionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ADMINISTER(): antlr.TerminalNode | null;
    BULK(): antlr.TerminalNode | null;
    OPERATIONS(): antlr.TerminalNode | null;
    DATABASE(): antlr.TerminalNode | null;
    ALTER(): antlr.TerminalNode | null;
    ANY(): antlr.TerminalNode | null;
    RESOURCES(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    SETTINGS(): antlr.TerminalNode | null;
    TRACE(): antlr.TerminalNode | null;
    APPLICATION(): antlr.TerminalNode | null;
    ROLE(): antlr.TerminalNode | null;
    ASSEMBLY(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    AVAILABILITY(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    COLUMN(): antlr.TerminalNode | null;
    CONNECTION(): antlr.TerminalNode | null;
    CONTRACT(): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode | null;
    DATASPACE(): antlr.TerminalNode | null;
    ENDPOINT(): antlr.TerminalNode | null;
    EVENT(): antlr.TerminalNode | null;
    EXTERNAL(): antlr.TerminalNode | null;
    FULLTEXT(): antlr.TerminalNode | null;
    CATALOG(): antlr.TerminalNode | null;
    LINKED(): antlr.TerminalNode | null;
    LOGIN(): antlr.TerminalNode | null;
    MASK(): antlr.TerminalNode | null;
    MESSAGE(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    REMOTE(): antlr.TerminalNode | null;
    SERVICE(): antlr.TerminalNode | null;
    BINDING(): antlr.TerminalNode | null;
    ROUTE(): antlr.TerminalNode | null;
    SCHEMA(): antlr.TerminalNode | null;
    SECURITY(): antlr.TerminalNode | null;
    POLICY(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    USER(): antlr.TerminalNode | null;
    NOTIFICATION(): antlr.TerminalNode | null;
    SESSION(): antlr.TerminalNode | null;
    AUDIT(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    MASTER(): antlr.TerminalNode | null;
    DATA(): antlr.TerminalNode | null;
    SOURCE(): antlr.TerminalNode | null;
    FILE(): antlr.TerminalNode | null;
    FORMAT(): antlr.TerminalNode | null;
    LIBRARY(): antlr.TerminalNode | null;
    DDL(): antlr.TerminalNode | null;
    TRIGGER(): antlr.TerminalNode | null;
    SCOPED(): antlr.TerminalNode | null;
    CONFIGURATION(): antlr.TerminalNode | null;
    AUTHENTICATE(): antlr.TerminalNode | null;
    BACKUP(): antlr.TerminalNode | null;
    LOG(): antlr.TerminalNode | null;
    CHECKPOINT(): antlr.TerminalNode | null;
    CONNECT(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    SQL(): antlr.TerminalNode | null;
    CONTROL(): antlr.TerminalNode | null;
    CREATE(): antlr.TerminalNode | null;
    AGGREGATE(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    FUNCTION(): antlr.TerminalNode | null;
    PROCEDURE(): antlr.TerminalNode | null;
    QUEUE(): antlr.TerminalNode | null;
    RULE(): antlr.TerminalNode | null;
    SEQUENCE(): antlr.TerminalNode | null;
    SYNONYM(): antlr.TerminalNode | null;
    TABLE(): antlr.TerminalNode | null;
    VIEW(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    DELETE(): antlr.TerminalNode | null;
    EXECUTE(): antlr.TerminalNode | null;
    SCRIPT(): antlr.TerminalNode | null;
    ACCESS(): antlr.TerminalNode | null;
    IMPERSONATE(): antlr.TerminalNode | null;
    INSERT(): antlr.TerminalNode | null;
    KILL(): antlr.TerminalNode | null;
    RECEIVE(): antlr.TerminalNode | null;
    REFERENCES(): antlr.TerminalNode | null;
    SELECT(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    SECURABLES(): antlr.TerminalNode | null;
    SEND(): antlr.TerminalNode | null;
    SHOWPLAN(): antlr.TerminalNode | null;
    SHUTDOWN(): antlr.TerminalNode | null;
    SUBSCRIBE(): antlr.TerminalNode | null;
    QUERY(): antlr.TerminalNode | null;
    NOTIFICATIONS(): antlr.TerminalNode | null;
    TAKE(): antlr.TerminalNode | null;
    OWNERSHIP(): antlr.TerminalNode | null;
    UNMASK(): antlr.TerminalNode | null;
    UNSAFE(): antlr.TerminalNode | null;
    UPDATE(): antlr.TerminalNode | null;
    CHANGE(): antlr.TerminalNode | null;
    TRACKING(): antlr.TerminalNode | null;
    DEFINITION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Set_statementContext extends antlr.ParserRuleContext {
    _member_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SET(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    DOT(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    assignment_operator(): Assignment_operatorContext | null;
    CURSOR(): antlr.TerminalNode | null;
    declare_set_cursor_common(): Declare_set_cursor_commonContext | null;
    FOR(): antlr.TerminalNode | null;
    READ(): antlr.TerminalNode | null;
    ONLY(): antlr.TerminalNode | null;
    UPDATE(): antlr.TerminalNode | null;
    OF(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    set_special(): Set_specialContext | null;
    get ruleIndex(): number;
}
export declare class Transaction_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BEGIN(): antlr.TerminalNode | null;
    DISTRIBUTED(): antlr.TerminalNode | null;
    TRAN(): antlr.TerminalNode | null;
    TRANSACTION(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    MARK(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    COMMIT(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    DELAYED_DURABILITY(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    WORK(): antlr.TerminalNode | null;
    ROLLBACK(): antlr.TerminalNode | null;
    SAVE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Go_statementContext extends antlr.ParserRuleContext {
    _count?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    GO(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Use_statementContext extends antlr.ParserRuleContext {
    _database?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    USE(): antlr.TerminalNode;
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class Setuser_statementContext extends antlr.ParserRuleContext {
    _user?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SETUSER(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Reconfigure_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    RECONFIGURE(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode | null;
    OVERRIDE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Shutdown_statementContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SHUTDOWN(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode | null;
    NOWAIT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Checkpoint_statementContext extends antlr.ParserRuleContext {
    _checkPointDuration?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHECKPOINT(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkalloc_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALL_ERRORMSGS(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    TABLOCK(): antlr.TerminalNode | null;
    ESTIMATEONLY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkallocContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _database?: Id_Context;
    _databaseid?: Token | null;
    _dbcc_option?: Dbcc_checkalloc_optionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHECKALLOC(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NOINDEX(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    REPAIR_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    REPAIR_FAST(): antlr.TerminalNode | null;
    REPAIR_REBUILD(): antlr.TerminalNode | null;
    dbcc_checkalloc_option(): Dbcc_checkalloc_optionContext[];
    dbcc_checkalloc_option(i: number): Dbcc_checkalloc_optionContext | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkcatalogContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _database?: Id_Context;
    _databasename?: Token | null;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHECKCATALOG(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkconstraints_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALL_CONSTRAINTS(): antlr.TerminalNode | null;
    ALL_ERRORMSGS(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkconstraintsContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _table_or_constraint?: Id_Context;
    _table_or_constraint_name?: Token | null;
    _dbcc_option?: Dbcc_checkconstraints_optionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHECKCONSTRAINTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    dbcc_checkconstraints_option(): Dbcc_checkconstraints_optionContext[];
    dbcc_checkconstraints_option(i: number): Dbcc_checkconstraints_optionContext | null;
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkdb_table_optionContext extends antlr.ParserRuleContext {
    _max_dregree_of_parallelism?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALL_ERRORMSGS(): antlr.TerminalNode | null;
    EXTENDED_LOGICAL_CHECKS(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    TABLOCK(): antlr.TerminalNode | null;
    ESTIMATEONLY(): antlr.TerminalNode | null;
    PHYSICAL_ONLY(): antlr.TerminalNode | null;
    DATA_PURITY(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkdbContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _database?: Id_Context;
    _databasename?: Token | null;
    _dbcc_option?: Dbcc_checkdb_table_optionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHECKDB(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    dbcc_checkdb_table_option(): Dbcc_checkdb_table_optionContext[];
    dbcc_checkdb_table_option(i: number): Dbcc_checkdb_table_optionContext | null;
    DECIMAL(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NOINDEX(): antlr.TerminalNode | null;
    REPAIR_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    REPAIR_FAST(): antlr.TerminalNode | null;
    REPAIR_REBUILD(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkfilegroup_optionContext extends antlr.ParserRuleContext {
    _max_dregree_of_parallelism?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALL_ERRORMSGS(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    TABLOCK(): antlr.TerminalNode | null;
    ESTIMATEONLY(): antlr.TerminalNode | null;
    PHYSICAL_ONLY(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checkfilegroupContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _filegroup_id?: Token | null;
    _filegroup_name?: Token | null;
    _dbcc_option?: Dbcc_checkfilegroup_optionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHECKFILEGROUP(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    dbcc_checkfilegroup_option(): Dbcc_checkfilegroup_optionContext[];
    dbcc_checkfilegroup_option(i: number): Dbcc_checkfilegroup_optionContext | null;
    DECIMAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    NOINDEX(): antlr.TerminalNode | null;
    REPAIR_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    REPAIR_FAST(): antlr.TerminalNode | null;
    REPAIR_REBUILD(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_checktableContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _table_or_view_name?: Token | null;
    _index_id?: ExpressionContext;
    _dbcc_option?: Dbcc_checkdb_table_optionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    CHECKTABLE(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    dbcc_checkdb_table_option(): Dbcc_checkdb_table_optionContext[];
    dbcc_checkdb_table_option(i: number): Dbcc_checkdb_table_optionContext | null;
    NOINDEX(): antlr.TerminalNode | null;
    REPAIR_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    REPAIR_FAST(): antlr.TerminalNode | null;
    REPAIR_REBUILD(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Dbcc_cleantableContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _database?: Id_Context;
    _databasename?: Token | null;
    _table_or_view?: Id_Context;
    _table_or_view_name?: Token | null;
    _batch_size?: Token | null;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    CLEANTABLE(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_clonedatabase_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    NO_STATISTICS(): antlr.TerminalNode | null;
    NO_QUERYSTORE(): antlr.TerminalNode | null;
    SERVICEBROKER(): antlr.TerminalNode | null;
    VERIFY_CLONEDB(): antlr.TerminalNode | null;
    BACKUP_CLONEDB(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_clonedatabaseContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _source_database?: Id_Context;
    _target_database?: Id_Context;
    _dbcc_option?: Dbcc_clonedatabase_optionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    CLONEDATABASE(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    WITH(): antlr.TerminalNode | null;
    dbcc_clonedatabase_option(): Dbcc_clonedatabase_optionContext[];
    dbcc_clonedatabase_option(i: number): Dbcc_clonedatabase_optionContext | null;
    get ruleIndex(): number;
}
export declare class Dbcc_pdw_showspaceusedContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _tablename?: Id_Context;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PDW_SHOWSPACEUSED(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    IGNORE_REPLICATED_TABLE_CACHE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_proccacheContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PROCCACHE(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_showcontig_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ALL_INDEXES(): antlr.TerminalNode | null;
    TABLERESULTS(): antlr.TerminalNode | null;
    FAST(): antlr.TerminalNode | null;
    ALL_LEVELS(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_showcontigContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _table_or_view?: ExpressionContext;
    _index?: ExpressionContext;
    _dbcc_option?: Dbcc_showcontig_optionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SHOWCONTIG(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    dbcc_showcontig_option(): Dbcc_showcontig_optionContext[];
    dbcc_showcontig_option(i: number): Dbcc_showcontig_optionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_shrinklogContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SHRINKLOG(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    SIZE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    MB(): antlr.TerminalNode | null;
    GB(): antlr.TerminalNode | null;
    TB(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_dbreindexContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _table?: Id_or_stringContext;
    _index_name?: Id_or_stringContext;
    _fillfactor?: ExpressionContext;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    DBREINDEX(): antlr.TerminalNode;
    id_or_string(): Id_or_stringContext[];
    id_or_string(i: number): Id_or_stringContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Dbcc_dll_freeContext extends antlr.ParserRuleContext {
    _dllname?: Id_Context;
    _name?: Token | null;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    id_(): Id_Context;
    FREE(): antlr.TerminalNode;
    WITH(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_dropcleanbuffersContext extends antlr.ParserRuleContext {
    _name?: Token | null;
    _dbcc_option?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DROPCLEANBUFFERS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode | null;
    COMPUTE(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dbcc_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DBCC(): antlr.TerminalNode;
    dbcc_checkalloc(): Dbcc_checkallocContext | null;
    dbcc_checkcatalog(): Dbcc_checkcatalogContext | null;
    dbcc_checkconstraints(): Dbcc_checkconstraintsContext | null;
    dbcc_checkdb(): Dbcc_checkdbContext | null;
    dbcc_checkfilegroup(): Dbcc_checkfilegroupContext | null;
    dbcc_checktable(): Dbcc_checktableContext | null;
    dbcc_cleantable(): Dbcc_cleantableContext | null;
    dbcc_clonedatabase(): Dbcc_clonedatabaseContext | null;
    dbcc_dbreindex(): Dbcc_dbreindexContext | null;
    dbcc_dll_free(): Dbcc_dll_freeContext | null;
    dbcc_dropcleanbuffers(): Dbcc_dropcleanbuffersContext | null;
    dbcc_pdw_showspaceused(): Dbcc_pdw_showspaceusedContext | null;
    dbcc_proccache(): Dbcc_proccacheContext | null;
    dbcc_showcontig(): Dbcc_showcontigContext | null;
    dbcc_shrinklog(): Dbcc_shrinklogContext | null;
    get ruleIndex(): number;
}
export declare class Execute_clauseContext extends antlr.ParserRuleContext {
    _clause?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EXECUTE(): antlr.TerminalNode;
    AS(): antlr.TerminalNode;
    CALLER(): antlr.TerminalNode | null;
    SELF(): antlr.TerminalNode | null;
    OWNER(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Declare_localContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCAL_ID(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    AS(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Table_type_definitionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TABLE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    column_def_table_constraints(): Column_def_table_constraintsContext;
    RR_BRACKET(): antlr.TerminalNode;
    table_type_indices(): Table_type_indicesContext[];
    table_type_indices(i: number): Table_type_indicesContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_type_indicesContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    column_name_list_with_order(): Column_name_list_with_orderContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    UNIQUE(): antlr.TerminalNode | null;
    PRIMARY(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    INDEX(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    CLUSTERED(): antlr.TerminalNode | null;
    NONCLUSTERED(): antlr.TerminalNode | null;
    CHECK(): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext | null;
    get ruleIndex(): number;
}
export declare class Xml_type_definitionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    XML(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    xml_schema_collection(): Xml_schema_collectionContext;
    RR_BRACKET(): antlr.TerminalNode;
    CONTENT(): antlr.TerminalNode | null;
    DOCUMENT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Xml_schema_collectionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ID(): antlr.TerminalNode[];
    ID(i: number): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Column_def_table_constraintsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    column_def_table_constraint(): Column_def_table_constraintContext[];
    column_def_table_constraint(i: number): Column_def_table_constraintContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_def_table_constraintContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    column_definition(): Column_definitionContext | null;
    materialized_column_definition(): Materialized_column_definitionContext | null;
    table_constraint(): Table_constraintContext | null;
    get ruleIndex(): number;
}
export declare class Column_definitionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context;
    data_type(): Data_typeContext | null;
    AS(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    column_definition_element(): Column_definition_elementContext[];
    column_definition_element(i: number): Column_definition_elementContext | null;
    column_index(): Column_indexContext | null;
    PERSISTED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_definition_elementContext extends antlr.ParserRuleContext {
    _collation_name?: Id_Context;
    _mask_function?: Token | null;
    _constraint?: Id_Context;
    _constant_expr?: ExpressionContext;
    _seed?: Token | null;
    _increment?: Token | null;
    _key_name?: Token | null;
    _algo?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FILESTREAM(): antlr.TerminalNode | null;
    COLLATE(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    SPARSE(): antlr.TerminalNode | null;
    MASKED(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    FUNCTION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    CONSTRAINT(): antlr.TerminalNode | null;
    IDENTITY(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    GENERATED(): antlr.TerminalNode | null;
    ALWAYS(): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    TRANSACTION_ID(): antlr.TerminalNode | null;
    SEQUENCE_NUMBER(): antlr.TerminalNode | null;
    START(): antlr.TerminalNode | null;
    END(): antlr.TerminalNode | null;
    HIDDEN_KEYWORD(): antlr.TerminalNode | null;
    ROWGUIDCOL(): antlr.TerminalNode | null;
    ENCRYPTED(): antlr.TerminalNode | null;
    COLUMN_ENCRYPTION_KEY(): antlr.TerminalNode | null;
    ENCRYPTION_TYPE(): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode | null;
    DETERMINISTIC(): antlr.TerminalNode | null;
    RANDOMIZED(): antlr.TerminalNode | null;
    column_constraint(): Column_constraintContext | null;
    get ruleIndex(): number;
}
export declare class Column_modifierContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context;
    ADD(): antlr.TerminalNode | null;
    DROP(): antlr.TerminalNode | null;
    ROWGUIDCOL(): antlr.TerminalNode | null;
    PERSISTED(): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    SPARSE(): antlr.TerminalNode | null;
    HIDDEN_KEYWORD(): antlr.TerminalNode | null;
    MASKED(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    FUNCTION(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Materialized_column_definitionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context;
    expression(): ExpressionContext;
    COMPUTE(): antlr.TerminalNode | null;
    AS(): antlr.TerminalNode | null;
    MATERIALIZED(): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_constraintContext extends antlr.ParserRuleContext {
    _constraint?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    null_notnull(): Null_notnullContext | null;
    check_constraint(): Check_constraintContext | null;
    CONSTRAINT(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    primary_key_options(): Primary_key_optionsContext | null;
    foreign_key_options(): Foreign_key_optionsContext | null;
    PRIMARY(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    UNIQUE(): antlr.TerminalNode | null;
    clustered(): ClusteredContext | null;
    FOREIGN(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_indexContext extends antlr.ParserRuleContext {
    _index_name?: Id_Context;
    _filestream_filegroup_or_partition_schema_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    INDEX(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    clustered(): ClusteredContext | null;
    create_table_index_options(): Create_table_index_optionsContext | null;
    on_partition_or_filegroup(): On_partition_or_filegroupContext | null;
    FILESTREAM_ON(): antlr.TerminalNode | null;
    NULL_DOUBLE_QUOTE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class On_partition_or_filegroupContext extends antlr.ParserRuleContext {
    _partition_scheme_name?: Id_Context;
    _partition_column_name?: Id_Context;
    _filegroup?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ON(): antlr.TerminalNode;
    DEFAULT_DOUBLE_QUOTE(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_constraintContext extends antlr.ParserRuleContext {
    _constraint?: Id_Context;
    _fk?: Column_name_listContext;
    _constant_expr?: ExpressionContext;
    _column?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    check_constraint(): Check_constraintContext | null;
    CONSTRAINT(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    column_name_list_with_order(): Column_name_list_with_orderContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    primary_key_options(): Primary_key_optionsContext | null;
    FOREIGN(): antlr.TerminalNode | null;
    KEY(): antlr.TerminalNode | null;
    foreign_key_options(): Foreign_key_optionsContext | null;
    CONNECTION(): antlr.TerminalNode | null;
    connection_node(): Connection_nodeContext[];
    connection_node(i: number): Connection_nodeContext | null;
    DEFAULT(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    expression(): ExpressionContext | null;
    PRIMARY(): antlr.TerminalNode | null;
    UNIQUE(): antlr.TerminalNode | null;
    clustered(): ClusteredContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    VALUES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Connection_nodeContext extends antlr.ParserRuleContext {
    _from_node_table?: Id_Context;
    _to_node_table?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TO(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Primary_key_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode | null;
    FILLFACTOR(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    alter_table_index_options(): Alter_table_index_optionsContext | null;
    on_partition_or_filegroup(): On_partition_or_filegroupContext | null;
    get ruleIndex(): number;
}
export declare class Foreign_key_optionsContext extends antlr.ParserRuleContext {
    _pk?: Column_name_listContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    REFERENCES(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    column_name_list(): Column_name_listContext;
    on_delete(): On_deleteContext[];
    on_delete(i: number): On_deleteContext | null;
    on_update(): On_updateContext[];
    on_update(i: number): On_updateContext | null;
    NOT(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Check_constraintContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHECK(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    search_condition(): Search_conditionContext;
    RR_BRACKET(): antlr.TerminalNode;
    NOT(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    REPLICATION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class On_deleteContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ON(): antlr.TerminalNode;
    DELETE(): antlr.TerminalNode;
    NO(): antlr.TerminalNode | null;
    ACTION(): antlr.TerminalNode | null;
    CASCADE(): antlr.TerminalNode | null;
    SET(): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class On_updateContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ON(): antlr.TerminalNode;
    UPDATE(): antlr.TerminalNode;
    NO(): antlr.TerminalNode | null;
    ACTION(): antlr.TerminalNode | null;
    CASCADE(): antlr.TerminalNode | null;
    SET(): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_table_index_optionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    alter_table_index_option(): Alter_table_index_optionContext[];
    alter_table_index_option(i: number): Alter_table_index_optionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Alter_table_index_optionContext extends antlr.ParserRuleContext {
    _max_degree_of_parallelism?: Token | null;
    _times?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PAD_INDEX(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    FILLFACTOR(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    IGNORE_DUP_KEY(): antlr.TerminalNode | null;
    STATISTICS_NORECOMPUTE(): antlr.TerminalNode | null;
    ALLOW_ROW_LOCKS(): antlr.TerminalNode | null;
    ALLOW_PAGE_LOCKS(): antlr.TerminalNode | null;
    OPTIMIZE_FOR_SEQUENTIAL_KEY(): antlr.TerminalNode | null;
    SORT_IN_TEMPDB(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    DATA_COMPRESSION(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    PAGE(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    COLUMNSTORE_ARCHIVE(): antlr.TerminalNode | null;
    on_partitions(): On_partitionsContext | null;
    XML_COMPRESSION(): antlr.TerminalNode | null;
    DISTRIBUTION(): antlr.TerminalNode | null;
    HASH(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    CLUSTERED(): antlr.TerminalNode | null;
    INDEX(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ASC(): antlr.TerminalNode[];
    ASC(i: number): antlr.TerminalNode | null;
    DESC(): antlr.TerminalNode[];
    DESC(i: number): antlr.TerminalNode | null;
    ONLINE(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    low_priority_lock_wait(): Low_priority_lock_waitContext | null;
    RESUMABLE(): antlr.TerminalNode | null;
    MAX_DURATION(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Declare_cursorContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECLARE(): antlr.TerminalNode;
    cursor_name(): Cursor_nameContext;
    CURSOR(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode[];
    FOR(i: number): antlr.TerminalNode | null;
    select_statement_standalone(): Select_statement_standaloneContext | null;
    SEMI(): antlr.TerminalNode | null;
    declare_set_cursor_common(): Declare_set_cursor_commonContext | null;
    SCROLL(): antlr.TerminalNode | null;
    SEMI_SENSITIVE(): antlr.TerminalNode | null;
    INSENSITIVE(): antlr.TerminalNode | null;
    READ(): antlr.TerminalNode | null;
    ONLY(): antlr.TerminalNode | null;
    UPDATE(): antlr.TerminalNode | null;
    OF(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    get ruleIndex(): number;
}
export declare class Declare_set_cursor_commonContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FOR(): antlr.TerminalNode;
    select_statement_standalone(): Select_statement_standaloneContext;
    declare_set_cursor_common_partial(): Declare_set_cursor_common_partialContext[];
    declare_set_cursor_common_partial(i: number): Declare_set_cursor_common_partialContext | null;
    get ruleIndex(): number;
}
export declare class Declare_set_cursor_common_partialContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCAL(): antlr.TerminalNode | null;
    GLOBAL(): antlr.TerminalNode | null;
    FORWARD_ONLY(): antlr.TerminalNode | null;
    SCROLL(): antlr.TerminalNode | null;
    STATIC(): antlr.TerminalNode | null;
    KEYSET(): antlr.TerminalNode | null;
    DYNAMIC(): antlr.TerminalNode | null;
    FAST_FORWARD(): antlr.TerminalNode | null;
    READ_ONLY(): antlr.TerminalNode | null;
    SCROLL_LOCKS(): antlr.TerminalNode | null;
    OPTIMISTIC(): antlr.TerminalNode | null;
    TYPE_WARNING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Fetch_cursorContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FETCH(): antlr.TerminalNode;
    cursor_name(): Cursor_nameContext;
    FROM(): antlr.TerminalNode | null;
    GLOBAL(): antlr.TerminalNode | null;
    INTO(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    NEXT(): antlr.TerminalNode | null;
    PRIOR(): antlr.TerminalNode | null;
    FIRST(): antlr.TerminalNode | null;
    LAST(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ABSOLUTE(): antlr.TerminalNode | null;
    RELATIVE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Set_specialContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SET(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    constant_LOCAL_ID(): Constant_LOCAL_IDContext | null;
    on_off(): On_offContext | null;
    SEMI(): antlr.TerminalNode | null;
    STATISTICS(): antlr.TerminalNode | null;
    IO(): antlr.TerminalNode | null;
    TIME(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    PROFILE(): antlr.TerminalNode | null;
    ROWCOUNT(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    TEXTSIZE(): antlr.TerminalNode | null;
    TRANSACTION(): antlr.TerminalNode | null;
    ISOLATION(): antlr.TerminalNode | null;
    LEVEL(): antlr.TerminalNode | null;
    READ(): antlr.TerminalNode | null;
    UNCOMMITTED(): antlr.TerminalNode | null;
    COMMITTED(): antlr.TerminalNode | null;
    REPEATABLE(): antlr.TerminalNode | null;
    SNAPSHOT(): antlr.TerminalNode | null;
    SERIALIZABLE(): antlr.TerminalNode | null;
    IDENTITY_INSERT(): antlr.TerminalNode | null;
    table_name(): Table_nameContext | null;
    special_list(): Special_listContext[];
    special_list(i: number): Special_listContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    modify_method(): Modify_methodContext | null;
    get ruleIndex(): number;
}
export declare class Special_listContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ANSI_NULLS(): antlr.TerminalNode | null;
    QUOTED_IDENTIFIER(): antlr.TerminalNode | null;
    ANSI_PADDING(): antlr.TerminalNode | null;
    ANSI_WARNINGS(): antlr.TerminalNode | null;
    ANSI_DEFAULTS(): antlr.TerminalNode | null;
    ANSI_NULL_DFLT_OFF(): antlr.TerminalNode | null;
    ANSI_NULL_DFLT_ON(): antlr.TerminalNode | null;
    ARITHABORT(): antlr.TerminalNode | null;
    ARITHIGNORE(): antlr.TerminalNode | null;
    CONCAT_NULL_YIELDS_NULL(): antlr.TerminalNode | null;
    CURSOR_CLOSE_ON_COMMIT(): antlr.TerminalNode | null;
    FMTONLY(): antlr.TerminalNode | null;
    FORCEPLAN(): antlr.TerminalNode | null;
    IMPLICIT_TRANSACTIONS(): antlr.TerminalNode | null;
    NOCOUNT(): antlr.TerminalNode | null;
    NOEXEC(): antlr.TerminalNode | null;
    NUMERIC_ROUNDABORT(): antlr.TerminalNode | null;
    PARSEONLY(): antlr.TerminalNode | null;
    REMOTE_PROC_TRANSACTIONS(): antlr.TerminalNode | null;
    SHOWPLAN_ALL(): antlr.TerminalNode | null;
    SHOWPLAN_TEXT(): antlr.TerminalNode | null;
    SHOWPLAN_XML(): antlr.TerminalNode | null;
    XACT_ABORT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Constant_LOCAL_IDContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    constant(): ConstantContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class ExpressionContext extends antlr.ParserRuleContext {
    _op?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    primitive_expression(): Primitive_expressionContext | null;
    function_call(): Function_callContext | null;
    case_expression(): Case_expressionContext | null;
    full_column_name(): Full_column_nameContext | null;
    bracket_expression(): Bracket_expressionContext | null;
    unary_operator_expression(): Unary_operator_expressionContext | null;
    over_clause(): Over_clauseContext | null;
    DOLLAR_ACTION(): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    STAR(): antlr.TerminalNode | null;
    DIVIDE(): antlr.TerminalNode | null;
    MODULE(): antlr.TerminalNode | null;
    PLUS(): antlr.TerminalNode | null;
    MINUS(): antlr.TerminalNode | null;
    BIT_AND(): antlr.TerminalNode | null;
    BIT_XOR(): antlr.TerminalNode | null;
    BIT_OR(): antlr.TerminalNode | null;
    DOUBLE_BAR(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    value_call(): Value_callContext | null;
    query_call(): Query_callContext | null;
    exist_call(): Exist_callContext | null;
    modify_call(): Modify_callContext | null;
    hierarchyid_call(): Hierarchyid_callContext | null;
    COLLATE(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    time_zone(): Time_zoneContext | null;
    get ruleIndex(): number;
}
export declare class ParameterContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PLACEHOLDER(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Time_zoneContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AT_KEYWORD(): antlr.TerminalNode;
    TIME(): antlr.TerminalNode;
    ZONE(): antlr.TerminalNode;
    expression(): ExpressionContext;
    get ruleIndex(): number;
}
export declare class Primitive_expressionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DEFAULT(): antlr.TerminalNode | null;
    NULL_(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    primitive_constant(): Primitive_constantContext | null;
    get ruleIndex(): number;
}
export declare class Case_expressionContext extends antlr.ParserRuleContext {
    _caseExpr?: ExpressionContext;
    _elseExpr?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CASE(): antlr.TerminalNode;
    END(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    switch_section(): Switch_sectionContext[];
    switch_section(i: number): Switch_sectionContext | null;
    ELSE(): antlr.TerminalNode | null;
    switch_search_condition_section(): Switch_search_condition_sectionContext[];
    switch_search_condition_section(i: number): Switch_search_condition_sectionContext | null;
    get ruleIndex(): number;
}
export declare class Unary_operator_expressionContext extends antlr.ParserRuleContext {
    _op?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BIT_NOT(): antlr.TerminalNode | null;
    expression(): ExpressionContext;
    PLUS(): antlr.TerminalNode | null;
    MINUS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Bracket_expressionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    subquery(): SubqueryContext | null;
    get ruleIndex(): number;
}
export declare class SubqueryContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    select_statement(): Select_statementContext;
    get ruleIndex(): number;
}
export declare class With_expressionContext extends antlr.ParserRuleContext {
    _common_table_expression?: Common_table_expressionContext;
    _ctes: Common_table_expressionContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    common_table_expression(): Common_table_expressionContext[];
    common_table_expression(i: number): Common_table_expressionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Common_table_expressionContext extends antlr.ParserRuleContext {
    _expression_name?: Id_Context;
    _columns?: Column_name_listContext;
    _cte_query?: Select_statementContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    AS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    id_(): Id_Context;
    select_statement(): Select_statementContext;
    column_name_list(): Column_name_listContext | null;
    get ruleIndex(): number;
}
export declare class Update_elemContext extends antlr.ParserRuleContext {
    _udt_column_name?: Id_Context;
    _method_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCAL_ID(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext | null;
    expression(): ExpressionContext | null;
    assignment_operator(): Assignment_operatorContext | null;
    DOT(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    expression_list_(): Expression_list_Context | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Update_elem_mergeContext extends antlr.ParserRuleContext {
    _udt_column_name?: Id_Context;
    _method_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    expression(): ExpressionContext | null;
    full_column_name(): Full_column_nameContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    assignment_operator(): Assignment_operatorContext | null;
    DOT(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    expression_list_(): Expression_list_Context | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Search_conditionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    predicate(): PredicateContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    search_condition(): Search_conditionContext[];
    search_condition(i: number): Search_conditionContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode[];
    NOT(i: number): antlr.TerminalNode | null;
    AND(): antlr.TerminalNode | null;
    OR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class PredicateContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EXISTS(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    subquery(): SubqueryContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    freetext_predicate(): Freetext_predicateContext | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    comparison_operator(): Comparison_operatorContext | null;
    MULT_ASSIGN(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    SOME(): antlr.TerminalNode | null;
    ANY(): antlr.TerminalNode | null;
    BETWEEN(): antlr.TerminalNode | null;
    AND(): antlr.TerminalNode | null;
    NOT(): antlr.TerminalNode[];
    NOT(i: number): antlr.TerminalNode | null;
    IN(): antlr.TerminalNode | null;
    expression_list_(): Expression_list_Context | null;
    LIKE(): antlr.TerminalNode | null;
    ESCAPE(): antlr.TerminalNode | null;
    IS(): antlr.TerminalNode | null;
    null_notnull(): Null_notnullContext | null;
    get ruleIndex(): number;
}
export declare class Query_expressionContext extends antlr.ParserRuleContext {
    _sql_union?: Sql_unionContext;
    _unions: Sql_unionContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    query_specification(): Query_specificationContext | null;
    select_order_by_clause(): Select_order_by_clauseContext | null;
    sql_union(): Sql_unionContext[];
    sql_union(i: number): Sql_unionContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    query_expression(): Query_expressionContext[];
    query_expression(i: number): Query_expressionContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    UNION(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Sql_unionContext extends antlr.ParserRuleContext {
    _spec?: Query_specificationContext;
    _op?: Query_expressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UNION(): antlr.TerminalNode | null;
    EXCEPT(): antlr.TerminalNode | null;
    INTERSECT(): antlr.TerminalNode | null;
    query_specification(): Query_specificationContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode | null;
    query_expression(): Query_expressionContext | null;
    get ruleIndex(): number;
}
export declare class Query_specificationContext extends antlr.ParserRuleContext {
    _allOrDistinct?: Token | null;
    _top?: Top_clauseContext;
    _columns?: Select_listContext;
    _into?: Table_nameContext;
    _from_?: Table_sourcesContext;
    _where?: Search_conditionContext;
    _groupByAll?: Token | null;
    _group_by_item?: Group_by_itemContext;
    _groupBys: Group_by_itemContext[];
    _grouping_sets_item?: Grouping_sets_itemContext;
    _groupSets: Grouping_sets_itemContext[];
    _having?: Search_conditionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SELECT(): antlr.TerminalNode;
    select_list(): Select_listContext;
    INTO(): antlr.TerminalNode | null;
    FROM(): antlr.TerminalNode | null;
    WHERE(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    HAVING(): antlr.TerminalNode | null;
    top_clause(): Top_clauseContext | null;
    table_name(): Table_nameContext | null;
    table_sources(): Table_sourcesContext | null;
    search_condition(): Search_conditionContext[];
    search_condition(i: number): Search_conditionContext | null;
    ALL(): antlr.TerminalNode[];
    ALL(i: number): antlr.TerminalNode | null;
    DISTINCT(): antlr.TerminalNode | null;
    GROUPING(): antlr.TerminalNode | null;
    SETS(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    grouping_sets_item(): Grouping_sets_itemContext[];
    grouping_sets_item(i: number): Grouping_sets_itemContext | null;
    group_by_item(): Group_by_itemContext[];
    group_by_item(i: number): Group_by_itemContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Top_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    TOP(): antlr.TerminalNode;
    top_percent(): Top_percentContext | null;
    top_count(): Top_countContext | null;
    WITH(): antlr.TerminalNode | null;
    TIES(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Top_percentContext extends antlr.ParserRuleContext {
    _percent_constant?: Token | null;
    _topper_expression?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PERCENT(): antlr.TerminalNode;
    REAL(): antlr.TerminalNode | null;
    FLOAT(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Top_countContext extends antlr.ParserRuleContext {
    _count_constant?: Token | null;
    _topcount_expression?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECIMAL(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Order_by_clauseContext extends antlr.ParserRuleContext {
    _order_by_expression?: Order_by_expressionContext;
    _order_bys: Order_by_expressionContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ORDER(): antlr.TerminalNode;
    BY(): antlr.TerminalNode;
    order_by_expression(): Order_by_expressionContext[];
    order_by_expression(i: number): Order_by_expressionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Select_order_by_clauseContext extends antlr.ParserRuleContext {
    _offset_exp?: ExpressionContext;
    _offset_rows?: Token | null;
    _fetch_offset?: Token | null;
    _fetch_exp?: ExpressionContext;
    _fetch_rows?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    order_by_clause(): Order_by_clauseContext;
    OFFSET(): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    ROW(): antlr.TerminalNode[];
    ROW(i: number): antlr.TerminalNode | null;
    ROWS(): antlr.TerminalNode[];
    ROWS(i: number): antlr.TerminalNode | null;
    FETCH(): antlr.TerminalNode | null;
    ONLY(): antlr.TerminalNode | null;
    FIRST(): antlr.TerminalNode | null;
    NEXT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class For_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FOR(): antlr.TerminalNode;
    BROWSE(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    RAW(): antlr.TerminalNode | null;
    AUTO(): antlr.TerminalNode | null;
    xml_common_directives(): Xml_common_directivesContext[];
    xml_common_directives(i: number): Xml_common_directivesContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ELEMENTS(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    XMLDATA(): antlr.TerminalNode | null;
    XMLSCHEMA(): antlr.TerminalNode | null;
    XSINIL(): antlr.TerminalNode | null;
    ABSENT(): antlr.TerminalNode | null;
    EXPLICIT(): antlr.TerminalNode | null;
    PATH(): antlr.TerminalNode | null;
    JSON(): antlr.TerminalNode | null;
    ROOT(): antlr.TerminalNode[];
    ROOT(i: number): antlr.TerminalNode | null;
    INCLUDE_NULL_VALUES(): antlr.TerminalNode[];
    INCLUDE_NULL_VALUES(i: number): antlr.TerminalNode | null;
    WITHOUT_ARRAY_WRAPPER(): antlr.TerminalNode[];
    WITHOUT_ARRAY_WRAPPER(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Xml_common_directivesContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    COMMA(): antlr.TerminalNode;
    BINARY_KEYWORD(): antlr.TerminalNode | null;
    BASE64(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    ROOT(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Order_by_expressionContext extends antlr.ParserRuleContext {
    _order_by?: ExpressionContext;
    _ascending?: Token | null;
    _descending?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    expression(): ExpressionContext;
    ASC(): antlr.TerminalNode | null;
    DESC(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Grouping_sets_itemContext extends antlr.ParserRuleContext {
    _group_by_item?: Group_by_itemContext;
    _groupSetItems: Group_by_itemContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    group_by_item(): Group_by_itemContext[];
    group_by_item(i: number): Group_by_itemContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Group_by_itemContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    expression(): ExpressionContext;
    get ruleIndex(): number;
}
export declare class Option_clauseContext extends antlr.ParserRuleContext {
    _option?: OptionContext;
    _options_: OptionContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OPTION(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    option(): OptionContext[];
    option(i: number): OptionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class OptionContext extends antlr.ParserRuleContext {
    _number_rows?: Token | null;
    _number_of_processors?: Token | null;
    _number_recursion?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FAST(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    HASH(): antlr.TerminalNode | null;
    ORDER(): antlr.TerminalNode | null;
    UNION(): antlr.TerminalNode | null;
    MERGE(): antlr.TerminalNode | null;
    CONCAT(): antlr.TerminalNode | null;
    JOIN(): antlr.TerminalNode | null;
    LOOP(): antlr.TerminalNode | null;
    EXPAND(): antlr.TerminalNode | null;
    VIEWS(): antlr.TerminalNode | null;
    FORCE(): antlr.TerminalNode | null;
    IGNORE_NONCLUSTERED_COLUMNSTORE_INDEX(): antlr.TerminalNode | null;
    KEEP(): antlr.TerminalNode | null;
    PLAN(): antlr.TerminalNode | null;
    KEEPFIXED(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    MAXRECURSION(): antlr.TerminalNode | null;
    OPTIMIZE(): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    optimize_for_arg(): Optimize_for_argContext[];
    optimize_for_arg(i: number): Optimize_for_argContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    UNKNOWN(): antlr.TerminalNode | null;
    PARAMETERIZATION(): antlr.TerminalNode | null;
    SIMPLE(): antlr.TerminalNode | null;
    FORCED(): antlr.TerminalNode | null;
    RECOMPILE(): antlr.TerminalNode | null;
    ROBUST(): antlr.TerminalNode | null;
    USE(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Optimize_for_argContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LOCAL_ID(): antlr.TerminalNode;
    UNKNOWN(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    constant(): ConstantContext | null;
    NULL_(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Select_listContext extends antlr.ParserRuleContext {
    _select_list_elem?: Select_list_elemContext;
    _selectElement: Select_list_elemContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    select_list_elem(): Select_list_elemContext[];
    select_list_elem(i: number): Select_list_elemContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Udt_method_argumentsContext extends antlr.ParserRuleContext {
    _execute_var_string?: Execute_var_stringContext;
    _argument: Execute_var_stringContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    execute_var_string(): Execute_var_stringContext[];
    execute_var_string(i: number): Execute_var_stringContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class AsteriskContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STAR(): antlr.TerminalNode;
    table_name(): Table_nameContext | null;
    DOT(): antlr.TerminalNode | null;
    INSERTED(): antlr.TerminalNode | null;
    DELETED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Udt_elemContext extends antlr.ParserRuleContext {
    _udt_column_name?: Id_Context;
    _non_static_attr?: Id_Context;
    _static_attr?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode | null;
    udt_method_arguments(): Udt_method_argumentsContext | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    as_column_alias(): As_column_aliasContext | null;
    DOUBLE_COLON(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Expression_elemContext extends antlr.ParserRuleContext {
    _leftAlias?: Column_aliasContext;
    _eq?: Token | null;
    _leftAssignment?: ExpressionContext;
    _expressionAs?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    column_alias(): Column_aliasContext | null;
    EQUAL(): antlr.TerminalNode | null;
    expression(): ExpressionContext;
    as_column_alias(): As_column_aliasContext | null;
    get ruleIndex(): number;
}
export declare class Select_list_elemContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    asterisk(): AsteriskContext | null;
    udt_elem(): Udt_elemContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    assignment_operator(): Assignment_operatorContext | null;
    EQUAL(): antlr.TerminalNode | null;
    expression_elem(): Expression_elemContext | null;
    get ruleIndex(): number;
}
export declare class Table_sourcesContext extends antlr.ParserRuleContext {
    _table_source?: Table_sourceContext;
    _source: Table_sourceContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    non_ansi_join(): Non_ansi_joinContext | null;
    table_source(): Table_sourceContext[];
    table_source(i: number): Table_sourceContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Non_ansi_joinContext extends antlr.ParserRuleContext {
    _table_source?: Table_sourceContext;
    _source: Table_sourceContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    table_source(): Table_sourceContext[];
    table_source(i: number): Table_sourceContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_sourceContext extends antlr.ParserRuleContext {
    _join_part?: Join_partContext;
    _joins: Join_partContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    table_source_item(): Table_source_itemContext;
    join_part(): Join_partContext[];
    join_part(i: number): Join_partContext | null;
    get ruleIndex(): number;
}
export declare class Table_source_itemContext extends antlr.ParserRuleContext {
    _loc_id?: Token | null;
    _loc_id_call?: Token | null;
    _loc_fcall?: Function_callContext;
    _oldstyle_fcall?: Function_callContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    full_table_name(): Full_table_nameContext | null;
    deprecated_table_hint(): Deprecated_table_hintContext | null;
    as_table_alias(): As_table_aliasContext | null;
    with_table_hints(): With_table_hintsContext | null;
    sybase_legacy_hints(): Sybase_legacy_hintsContext | null;
    rowset_function(): Rowset_functionContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    derived_table(): Derived_tableContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    column_alias_list(): Column_alias_listContext | null;
    change_table(): Change_tableContext | null;
    nodes_method(): Nodes_methodContext | null;
    function_call(): Function_callContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    DOT(): antlr.TerminalNode | null;
    open_xml(): Open_xmlContext | null;
    open_json(): Open_jsonContext | null;
    DOUBLE_COLON(): antlr.TerminalNode | null;
    table_source(): Table_sourceContext | null;
    get ruleIndex(): number;
}
export declare class Open_xmlContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OPENXML(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    schema_declaration(): Schema_declarationContext | null;
    as_table_alias(): As_table_aliasContext | null;
    get ruleIndex(): number;
}
export declare class Open_jsonContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OPENJSON(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    json_declaration(): Json_declarationContext | null;
    as_table_alias(): As_table_aliasContext | null;
    get ruleIndex(): number;
}
export declare class Json_declarationContext extends antlr.ParserRuleContext {
    _json_column_declaration?: Json_column_declarationContext;
    _json_col: Json_column_declarationContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    json_column_declaration(): Json_column_declarationContext[];
    json_column_declaration(i: number): Json_column_declarationContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Json_column_declarationContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    column_declaration(): Column_declarationContext;
    AS(): antlr.TerminalNode | null;
    JSON(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Schema_declarationContext extends antlr.ParserRuleContext {
    _column_declaration?: Column_declarationContext;
    _xml_col: Column_declarationContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    column_declaration(): Column_declarationContext[];
    column_declaration(i: number): Column_declarationContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_declarationContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context;
    data_type(): Data_typeContext;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Change_tableContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    change_table_changes(): Change_table_changesContext | null;
    change_table_version(): Change_table_versionContext | null;
    get ruleIndex(): number;
}
export declare class Change_table_changesContext extends antlr.ParserRuleContext {
    _changetable?: Table_nameContext;
    _changesid?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHANGETABLE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    CHANGES(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    NULL_(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Change_table_versionContext extends antlr.ParserRuleContext {
    _versiontable?: Table_nameContext;
    _pk_columns?: Full_column_name_listContext;
    _pk_values?: Select_listContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CHANGETABLE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    VERSION(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    full_column_name_list(): Full_column_name_listContext;
    select_list(): Select_listContext;
    get ruleIndex(): number;
}
export declare class Join_partContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    join_on(): Join_onContext | null;
    cross_join(): Cross_joinContext | null;
    apply_(): Apply_Context | null;
    pivot(): PivotContext | null;
    unpivot(): UnpivotContext | null;
    get ruleIndex(): number;
}
export declare class Join_onContext extends antlr.ParserRuleContext {
    _inner?: Token | null;
    _join_type?: Token | null;
    _outer?: Token | null;
    _join_hint?: Token | null;
    _source?: Table_sourceContext;
    _cond?: Search_conditionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    JOIN(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    table_source(): Table_sourceContext;
    search_condition(): Search_conditionContext;
    LEFT(): antlr.TerminalNode | null;
    RIGHT(): antlr.TerminalNode | null;
    FULL(): antlr.TerminalNode | null;
    LOOP(): antlr.TerminalNode | null;
    HASH(): antlr.TerminalNode | null;
    MERGE(): antlr.TerminalNode | null;
    REMOTE(): antlr.TerminalNode | null;
    INNER(): antlr.TerminalNode | null;
    OUTER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Cross_joinContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CROSS(): antlr.TerminalNode;
    JOIN(): antlr.TerminalNode;
    table_source_item(): Table_source_itemContext;
    get ruleIndex(): number;
}
export declare class Apply_Context extends antlr.ParserRuleContext {
    _apply_style?: Token | null;
    _source?: Table_source_itemContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    APPLY(): antlr.TerminalNode;
    table_source_item(): Table_source_itemContext;
    CROSS(): antlr.TerminalNode | null;
    OUTER(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class PivotContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PIVOT(): antlr.TerminalNode;
    pivot_clause(): Pivot_clauseContext;
    as_table_alias(): As_table_aliasContext;
    get ruleIndex(): number;
}
export declare class UnpivotContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UNPIVOT(): antlr.TerminalNode;
    unpivot_clause(): Unpivot_clauseContext;
    as_table_alias(): As_table_aliasContext;
    get ruleIndex(): number;
}
export declare class Pivot_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    aggregate_windowed_function(): Aggregate_windowed_functionContext;
    FOR(): antlr.TerminalNode;
    full_column_name(): Full_column_nameContext;
    IN(): antlr.TerminalNode;
    column_alias_list(): Column_alias_listContext;
    RR_BRACKET(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Unpivot_clauseContext extends antlr.ParserRuleContext {
    _unpivot_exp?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    FOR(): antlr.TerminalNode;
    full_column_name(): Full_column_nameContext;
    IN(): antlr.TerminalNode;
    full_column_name_list(): Full_column_name_listContext;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext;
    get ruleIndex(): number;
}
export declare class Full_column_name_listContext extends antlr.ParserRuleContext {
    _full_column_name?: Full_column_nameContext;
    _column: Full_column_nameContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    full_column_name(): Full_column_nameContext[];
    full_column_name(i: number): Full_column_nameContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Rowset_functionContext extends antlr.ParserRuleContext {
    _provider_name?: Token | null;
    _connectionString?: Token | null;
    _sql?: Token | null;
    _data_file?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OPENROWSET(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    BULK(): antlr.TerminalNode | null;
    bulk_option(): Bulk_optionContext[];
    bulk_option(i: number): Bulk_optionContext | null;
    id_(): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Bulk_optionContext extends antlr.ParserRuleContext {
    _bulk_option_value?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context;
    EQUAL(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Derived_tableContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    subquery(): SubqueryContext[];
    subquery(i: number): SubqueryContext | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    UNION(): antlr.TerminalNode[];
    UNION(i: number): antlr.TerminalNode | null;
    ALL(): antlr.TerminalNode[];
    ALL(i: number): antlr.TerminalNode | null;
    table_value_constructor(): Table_value_constructorContext | null;
    get ruleIndex(): number;
}
export declare class Function_callContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    get ruleIndex(): number;
    copyFrom(ctx: Function_callContext): void;
}
export declare class RANKING_WINDOWED_FUNCContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    ranking_windowed_function(): Ranking_windowed_functionContext;
}
export declare class BUILT_IN_FUNCContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    built_in_functions(): Built_in_functionsContext;
}
export declare class FREE_TEXTContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    freetext_function(): Freetext_functionContext;
}
export declare class ANALYTIC_WINDOWED_FUNCContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    analytic_windowed_function(): Analytic_windowed_functionContext;
}
export declare class SCALAR_FUNCTIONContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    scalar_function_name(): Scalar_function_nameContext;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression_list_(): Expression_list_Context | null;
}
export declare class PARTITION_FUNCContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    partition_function(): Partition_functionContext;
}
export declare class AGGREGATE_WINDOWED_FUNCContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    aggregate_windowed_function(): Aggregate_windowed_functionContext;
}
export declare class HIERARCHYID_METHODContext extends Function_callContext {
    constructor(ctx: Function_callContext);
    hierarchyid_static_method(): Hierarchyid_static_methodContext;
}
export declare class Partition_functionContext extends antlr.ParserRuleContext {
    _database?: Id_Context;
    _func_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOLLAR_PARTITION(): antlr.TerminalNode;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
    RR_BRACKET(): antlr.TerminalNode;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Freetext_functionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    table_name(): Table_nameContext;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    CONTAINSTABLE(): antlr.TerminalNode | null;
    FREETEXTTABLE(): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext[];
    full_column_name(i: number): Full_column_nameContext | null;
    STAR(): antlr.TerminalNode | null;
    LANGUAGE(): antlr.TerminalNode | null;
    SEMANTICSIMILARITYTABLE(): antlr.TerminalNode | null;
    SEMANTICKEYPHRASETABLE(): antlr.TerminalNode | null;
    SEMANTICSIMILARITYDETAILSTABLE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Freetext_predicateContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CONTAINS(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext[];
    full_column_name(i: number): Full_column_nameContext | null;
    STAR(): antlr.TerminalNode | null;
    PROPERTY(): antlr.TerminalNode | null;
    FREETEXT(): antlr.TerminalNode | null;
    table_name(): Table_nameContext | null;
    LANGUAGE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Json_key_valueContext extends antlr.ParserRuleContext {
    _json_key_name?: ExpressionContext;
    _value_expression?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    COLON(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Json_null_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ON(): antlr.TerminalNode;
    NULL_(): antlr.TerminalNode[];
    NULL_(i: number): antlr.TerminalNode | null;
    ABSENT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Built_in_functionsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    get ruleIndex(): number;
    copyFrom(ctx: Built_in_functionsContext): void;
}
export declare class COL_NAMEContext extends Built_in_functionsContext {
    _table_id?: ExpressionContext;
    _column_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    COL_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class CHECKSUMContext extends Built_in_functionsContext {
    _star?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    CHECKSUM(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    STAR(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
}
export declare class DECOMPRESSContext extends Built_in_functionsContext {
    _expr?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DECOMPRESS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class CURRENT_TIMEZONE_IDContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURRENT_TIMEZONE_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class MONTHContext extends Built_in_functionsContext {
    _date?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    MONTH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class RANDContext extends Built_in_functionsContext {
    _seed?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    RAND(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class FORMATContext extends Built_in_functionsContext {
    _value?: ExpressionContext;
    _format?: ExpressionContext;
    _culture?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FORMAT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class TRIMContext extends Built_in_functionsContext {
    _characters?: ExpressionContext;
    _string_?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    TRIM(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    FROM(): antlr.TerminalNode | null;
}
export declare class LEASTContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    LEAST(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression_list_(): Expression_list_Context;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class APP_NAMEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    APP_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class USER_IDContext extends Built_in_functionsContext {
    _user?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    USER_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class FILE_NAMEContext extends Built_in_functionsContext {
    _file_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILE_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class SESSION_CONTEXTContext extends Built_in_functionsContext {
    _key?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    SESSION_CONTEXT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
}
export declare class STRContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    _length_expression?: ExpressionContext;
    _decimal?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    STR(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
}
export declare class CONVERTContext extends Built_in_functionsContext {
    _convert_data_type?: Data_typeContext;
    _convert_expression?: ExpressionContext;
    _style?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CONVERT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class XML_DATA_TYPE_FUNCContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    xml_data_type_methods(): Xml_data_type_methodsContext;
}
export declare class LOG10Context extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    LOG10(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class FLOORContext extends Built_in_functionsContext {
    _numeric_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FLOOR(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class YEARContext extends Built_in_functionsContext {
    _date?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    YEAR(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class PARSEContext extends Built_in_functionsContext {
    _str?: ExpressionContext;
    _culture?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    PARSE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    AS(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    USING(): antlr.TerminalNode | null;
}
export declare class ORIGINAL_LOGINContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ORIGINAL_LOGIN(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class MATH_SIGNContext extends Built_in_functionsContext {
    _numeric_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SIGN(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class TIMEFROMPARTSContext extends Built_in_functionsContext {
    _hour?: ExpressionContext;
    _minute?: ExpressionContext;
    _seconds?: ExpressionContext;
    _fractions?: ExpressionContext;
    _precision?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    TIMEFROMPARTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    DECIMAL(): antlr.TerminalNode;
}
export declare class LEFTContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    _integer_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    LEFT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class GET_FILESTREAM_TRANSACTION_CONTEXTContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    GET_FILESTREAM_TRANSACTION_CONTEXT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class FILEPROPERTYContext extends Built_in_functionsContext {
    _file_name?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILEPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class IDENT_SEEDContext extends Built_in_functionsContext {
    _table_or_view?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    IDENT_SEED(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class IDENTITYContext extends Built_in_functionsContext {
    _datatype?: Data_typeContext;
    _seed?: Token | null;
    _increment?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    IDENTITY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
}
export declare class CURRENT_TRANSACTION_IDContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURRENT_TRANSACTION_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class LTRIMContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    LTRIM(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ROWCOUNT_BIGContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ROWCOUNT_BIG(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class CERTENCODEDContext extends Built_in_functionsContext {
    _certid?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CERTENCODED(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class JSON_VALUEContext extends Built_in_functionsContext {
    _expr?: ExpressionContext;
    _path?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    JSON_VALUE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SYSDATETIMEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    SYSDATETIME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class CERTPRIVATEKEYContext extends Built_in_functionsContext {
    _certid?: ExpressionContext;
    _encryption_password?: ExpressionContext;
    _decryption_pasword?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CERTPRIVATEKEY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SPACEContext extends Built_in_functionsContext {
    _integer_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SPACE_KEYWORD(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class UPPERContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    UPPER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ABSContext extends Built_in_functionsContext {
    _numeric_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ABS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ISJSONContext extends Built_in_functionsContext {
    _json_expr?: ExpressionContext;
    _json_type_constraint?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ISJSON(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class HAS_PERMS_BY_NAMEContext extends Built_in_functionsContext {
    _securable?: ExpressionContext;
    _securable_class?: ExpressionContext;
    _permission?: ExpressionContext;
    _sub_securable?: ExpressionContext;
    _sub_securable_class?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    HAS_PERMS_BY_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SUSER_IDContext extends Built_in_functionsContext {
    _login?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SUSER_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class SCOPE_IDENTITYContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    SCOPE_IDENTITY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class JSON_QUERYContext extends Built_in_functionsContext {
    _expr?: ExpressionContext;
    _path?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    JSON_QUERY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class INDEX_COLContext extends Built_in_functionsContext {
    _table_or_view_name?: ExpressionContext;
    _index_id?: ExpressionContext;
    _key_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    INDEX_COL(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class DATABASE_PRINCIPAL_IDContext extends Built_in_functionsContext {
    _principal_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATABASE_PRINCIPAL_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class PATINDEXContext extends Built_in_functionsContext {
    _pattern?: ExpressionContext;
    _string_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    PATINDEX(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class FULLTEXTSERVICEPROPERTYContext extends Built_in_functionsContext {
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FULLTEXTSERVICEPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class SMALLDATETIMEFROMPARTSContext extends Built_in_functionsContext {
    _year?: ExpressionContext;
    _month?: ExpressionContext;
    _day?: ExpressionContext;
    _hour?: ExpressionContext;
    _minute?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SMALLDATETIMEFROMPARTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class IDENT_CURRENTContext extends Built_in_functionsContext {
    _table_or_view?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    IDENT_CURRENT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class SESSIONPROPERTYContext extends Built_in_functionsContext {
    _option_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SESSIONPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class FETCH_STATUSContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    FETCH_STATUS(): antlr.TerminalNode;
}
export declare class POWERContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    _y?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    POWER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class REPLICATEContext extends Built_in_functionsContext {
    _string_expression?: ExpressionContext;
    _integer_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    REPLICATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class USER_NAMEContext extends Built_in_functionsContext {
    _id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    USER_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class OBJECT_DEFINITIONContext extends Built_in_functionsContext {
    _object_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    OBJECT_DEFINITION(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class IS_SRVROLEMEMBERContext extends Built_in_functionsContext {
    _role?: ExpressionContext;
    _login?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    IS_SRVROLEMEMBER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class NEWSEQUENTIALIDContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    NEWSEQUENTIALID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class OBJECT_NAMEContext extends Built_in_functionsContext {
    _object_id?: ExpressionContext;
    _database_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    OBJECT_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class JSON_PATH_EXISTSContext extends Built_in_functionsContext {
    _value_expression?: ExpressionContext;
    _sql_json_path?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    JSON_PATH_EXISTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class PWDCOMPAREContext extends Built_in_functionsContext {
    _clear_text_password?: ExpressionContext;
    _password_hash?: ExpressionContext;
    _version?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    PWDCOMPARE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SCHEMA_IDContext extends Built_in_functionsContext {
    _schema_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SCHEMA_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class OBJECT_SCHEMA_NAMEContext extends Built_in_functionsContext {
    _object_id?: ExpressionContext;
    _database_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    OBJECT_SCHEMA_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class SUSER_SNAMEContext extends Built_in_functionsContext {
    _server_user_sid?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SUSER_NAME(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
    SUSER_SNAME(): antlr.TerminalNode | null;
}
export declare class DB_NAMEContext extends Built_in_functionsContext {
    _database_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DB_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class SUSER_SIDContext extends Built_in_functionsContext {
    _login?: ExpressionContext;
    _param2?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SUSER_SID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class ASCIIContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ASCII(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class FILE_IDEXContext extends Built_in_functionsContext {
    _file_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILE_IDEX(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ERROR_SEVERITYContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ERROR_SEVERITY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class REVERSEContext extends Built_in_functionsContext {
    _string_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    REVERSE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ISDATEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ISDATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class REPLACEContext extends Built_in_functionsContext {
    _input?: ExpressionContext;
    _replacing?: ExpressionContext;
    _with_?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    REPLACE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class CURSOR_STATUSContext extends Built_in_functionsContext {
    _scope?: Token | null;
    _cursor?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CURSOR_STATUS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class MIN_ACTIVE_ROWVERSIONContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    MIN_ACTIVE_ROWVERSION(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class HAS_DBACCESSContext extends Built_in_functionsContext {
    _database_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    HAS_DBACCESS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class NEXT_VALUE_FORContext extends Built_in_functionsContext {
    _sequence_name?: Table_nameContext;
    constructor(ctx: Built_in_functionsContext);
    NEXT(): antlr.TerminalNode;
    VALUE(): antlr.TerminalNode;
    FOR(): antlr.TerminalNode;
    table_name(): Table_nameContext;
    OVER(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    order_by_clause(): Order_by_clauseContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
}
export declare class FILEGROUP_IDContext extends Built_in_functionsContext {
    _filegroup_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILEGROUP_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class LOWERContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    LOWER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class DATENAMEContext extends Built_in_functionsContext {
    _datepart?: Dateparts_15Context;
    _date?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATENAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    dateparts_15(): Dateparts_15Context;
    expression(): ExpressionContext;
}
export declare class CEILINGContext extends Built_in_functionsContext {
    _numeric_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CEILING(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class APPLOCK_TESTContext extends Built_in_functionsContext {
    _database_principal?: ExpressionContext;
    _resource_name?: ExpressionContext;
    _lock_mode?: ExpressionContext;
    _lock_owner?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    APPLOCK_TEST(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SINContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SIN(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class TYPE_NAMEContext extends Built_in_functionsContext {
    _type_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    TYPE_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class SYSUTCDATETIMEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    SYSUTCDATETIME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DATEADDContext extends Built_in_functionsContext {
    _datepart?: Dateparts_12Context;
    _number_?: ExpressionContext;
    _date?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATEADD(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    dateparts_12(): Dateparts_12Context;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class DATETIMEFROMPARTSContext extends Built_in_functionsContext {
    _year?: ExpressionContext;
    _month?: ExpressionContext;
    _day?: ExpressionContext;
    _hour?: ExpressionContext;
    _minute?: ExpressionContext;
    _seconds?: ExpressionContext;
    _milliseconds?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATETIMEFROMPARTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class ERROR_MESSAGEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ERROR_MESSAGE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class FILEGROUPPROPERTYContext extends Built_in_functionsContext {
    _filegroup_name?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILEGROUPPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class EOMONTHContext extends Built_in_functionsContext {
    _start_date?: ExpressionContext;
    _month_to_add?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    EOMONTH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class IDENT_INCRContext extends Built_in_functionsContext {
    _table_or_view?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    IDENT_INCR(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ASINContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ASIN(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class NCHARContext extends Built_in_functionsContext {
    _integer_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    NCHAR(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class DIFFERENCEContext extends Built_in_functionsContext {
    _character_expression_1?: ExpressionContext;
    _character_expression_2?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DIFFERENCE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class CHARINDEXContext extends Built_in_functionsContext {
    _expressionToFind?: ExpressionContext;
    _expressionToSearch?: ExpressionContext;
    _start_location?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CHARINDEX(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class TODATETIMEOFFSETContext extends Built_in_functionsContext {
    _datetime_expression?: ExpressionContext;
    _timezoneoffset_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    TODATETIMEOFFSET(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class RADIANSContext extends Built_in_functionsContext {
    _numeric_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    RADIANS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class CURRENT_TIMEZONEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURRENT_TIMEZONE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class COL_LENGTHContext extends Built_in_functionsContext {
    _table?: ExpressionContext;
    _column?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    COL_LENGTH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class DATEFROMPARTSContext extends Built_in_functionsContext {
    _year?: ExpressionContext;
    _month?: ExpressionContext;
    _day?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATEFROMPARTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class NEWIDContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    NEWID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DATETRUNCContext extends Built_in_functionsContext {
    _datepart?: Dateparts_datetruncContext;
    _date?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATETRUNC(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    dateparts_datetrunc(): Dateparts_datetruncContext;
    expression(): ExpressionContext;
}
export declare class ISNULLContext extends Built_in_functionsContext {
    _left?: ExpressionContext;
    _right?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ISNULL(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class JSON_MODIFYContext extends Built_in_functionsContext {
    _expr?: ExpressionContext;
    _path?: ExpressionContext;
    _new_value?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    JSON_MODIFY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class CURRENT_REQUEST_IDContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURRENT_REQUEST_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class IS_MEMBERContext extends Built_in_functionsContext {
    _group_or_role?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    IS_MEMBER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class SERVERPROPERTYContext extends Built_in_functionsContext {
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SERVERPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class SQRTContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SQRT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ATN2Context extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ATN2(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class UNICODEContext extends Built_in_functionsContext {
    _ncharacter_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    UNICODE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class NULLIFContext extends Built_in_functionsContext {
    _left?: ExpressionContext;
    _right?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    NULLIF(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SESSION_USERContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    SESSION_USER(): antlr.TerminalNode;
}
export declare class CASTContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CAST(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
    AS(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DATETIME2FROMPARTSContext extends Built_in_functionsContext {
    _year?: ExpressionContext;
    _month?: ExpressionContext;
    _day?: ExpressionContext;
    _hour?: ExpressionContext;
    _minute?: ExpressionContext;
    _seconds?: ExpressionContext;
    _fractions?: ExpressionContext;
    _precision?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATETIME2FROMPARTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SQUAREContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SQUARE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class LOGContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    _base?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    LOG(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class IIFContext extends Built_in_functionsContext {
    _cond?: Search_conditionContext;
    _left?: ExpressionContext;
    _right?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    IIF(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    search_condition(): Search_conditionContext;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class DATEPARTContext extends Built_in_functionsContext {
    _datepart?: Dateparts_15Context;
    _date?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATEPART(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    dateparts_15(): Dateparts_15Context;
    expression(): ExpressionContext;
}
export declare class CONTEXT_INFOContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CONTEXT_INFO(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DATEDIFFContext extends Built_in_functionsContext {
    _datepart?: Dateparts_12Context;
    _date_first?: ExpressionContext;
    _date_second?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATEDIFF(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    dateparts_12(): Dateparts_12Context;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class OBJECTPROPERTYContext extends Built_in_functionsContext {
    _id?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    OBJECTPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class CHARContext extends Built_in_functionsContext {
    _integer_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CHAR(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class STRING_ESCAPEContext extends Built_in_functionsContext {
    _text_?: ExpressionContext;
    _type_?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    STRING_ESCAPE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class GETANSINULLContext extends Built_in_functionsContext {
    _database?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    GETANSINULL(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode | null;
}
export declare class SYSTEM_USERContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    SYSTEM_USER(): antlr.TerminalNode;
}
export declare class OBJECT_IDContext extends Built_in_functionsContext {
    _object_name?: ExpressionContext;
    _object_type?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    OBJECT_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class ERROR_PROCEDUREContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ERROR_PROCEDURE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class QUOTENAMEContext extends Built_in_functionsContext {
    _character_string?: ExpressionContext;
    _quote_character?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    QUOTENAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class RIGHTContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    _integer_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    RIGHT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class HOST_IDContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    HOST_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DATETIMEOFFSETFROMPARTSContext extends Built_in_functionsContext {
    _year?: ExpressionContext;
    _month?: ExpressionContext;
    _day?: ExpressionContext;
    _hour?: ExpressionContext;
    _minute?: ExpressionContext;
    _seconds?: ExpressionContext;
    _fractions?: ExpressionContext;
    _hour_offset?: ExpressionContext;
    _minute_offset?: ExpressionContext;
    _precision?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    DATETIMEOFFSETFROMPARTS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    DECIMAL(): antlr.TerminalNode;
}
export declare class COSContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    COS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class COTContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    COT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class FILE_IDContext extends Built_in_functionsContext {
    _file_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILE_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ASSEMBLYPROPERTYContext extends Built_in_functionsContext {
    _assembly_name?: ExpressionContext;
    _property_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ASSEMBLYPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class STUFFContext extends Built_in_functionsContext {
    _str?: ExpressionContext;
    _from_?: ExpressionContext;
    _to?: ExpressionContext;
    _str_with?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    STUFF(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class IS_ROLEMEMBERContext extends Built_in_functionsContext {
    _role?: ExpressionContext;
    _database_principal?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    IS_ROLEMEMBER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class SQL_VARIANT_PROPERTYContext extends Built_in_functionsContext {
    _expr?: ExpressionContext;
    _property?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    SQL_VARIANT_PROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
    STRING(): antlr.TerminalNode;
}
export declare class GREATESTContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    GREATEST(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression_list_(): Expression_list_Context;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class GETUTCDATEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    GETUTCDATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class LOGINPROPERTYContext extends Built_in_functionsContext {
    _login_name?: ExpressionContext;
    _property_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    LOGINPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class CONCAT_WSContext extends Built_in_functionsContext {
    _separator?: ExpressionContext;
    _argument_1?: ExpressionContext;
    _argument_2?: ExpressionContext;
    _expression?: ExpressionContext;
    _argument_n: ExpressionContext[];
    constructor(ctx: Built_in_functionsContext);
    CONCAT_WS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class ERROR_STATEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ERROR_STATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DAYContext extends Built_in_functionsContext {
    _date?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DAY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class PARSENAMEContext extends Built_in_functionsContext {
    _object_name?: ExpressionContext;
    _object_piece?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    PARSENAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class TANContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    TAN(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class CURRENT_USERContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURRENT_USER(): antlr.TerminalNode;
}
export declare class PERMISSIONSContext extends Built_in_functionsContext {
    _object_id?: ExpressionContext;
    _column?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    PERMISSIONS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode | null;
}
export declare class SYSDATETIMEOFFSETContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    SYSDATETIMEOFFSET(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class INDEXPROPERTYContext extends Built_in_functionsContext {
    _object_id?: ExpressionContext;
    _index_or_statistics_name?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    INDEXPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class OBJECTPROPERTYEXContext extends Built_in_functionsContext {
    _id?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    OBJECTPROPERTYEX(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SUBSTRINGContext extends Built_in_functionsContext {
    _string_expression?: ExpressionContext;
    _start_?: ExpressionContext;
    _length?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SUBSTRING(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class BINARY_CHECKSUMContext extends Built_in_functionsContext {
    _star?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    BINARY_CHECKSUM(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    STAR(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
}
export declare class INDEXKEY_PROPERTYContext extends Built_in_functionsContext {
    _object_id?: ExpressionContext;
    _index_id?: ExpressionContext;
    _key_id?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    INDEXKEY_PROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class PWDENCRYPTContext extends Built_in_functionsContext {
    _password?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    PWDENCRYPT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class COMPRESSContext extends Built_in_functionsContext {
    _expr?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    COMPRESS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class COALESCEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    COALESCE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression_list_(): Expression_list_Context;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class STATS_DATEContext extends Built_in_functionsContext {
    _object_id?: ExpressionContext;
    _stats_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    STATS_DATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class ISNUMERICContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ISNUMERIC(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class ACOSContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ACOS(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class FILEGROUP_NAMEContext extends Built_in_functionsContext {
    _filegroup_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILEGROUP_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class COLUMNPROPERTYContext extends Built_in_functionsContext {
    _id?: ExpressionContext;
    _column?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    COLUMNPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class DB_IDContext extends Built_in_functionsContext {
    _database_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DB_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class SOUNDEXContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SOUNDEX(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class CURSOR_ROWSContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURSOR_ROWS(): antlr.TerminalNode;
}
export declare class FULLTEXTCATALOGPROPERTYContext extends Built_in_functionsContext {
    _catalog_name?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FULLTEXTCATALOGPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class TYPEPROPERTYContext extends Built_in_functionsContext {
    _type_?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    TYPEPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SCHEMA_NAMEContext extends Built_in_functionsContext {
    _schema_id?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SCHEMA_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext | null;
}
export declare class TYPE_IDContext extends Built_in_functionsContext {
    _type_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    TYPE_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class TRY_CASTContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    TRY_CAST(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
    AS(): antlr.TerminalNode;
    data_type(): Data_typeContext;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class APPLOCK_MODEContext extends Built_in_functionsContext {
    _database_principal?: ExpressionContext;
    _resource_name?: ExpressionContext;
    _lock_owner?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    APPLOCK_MODE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class CURRENT_DATEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURRENT_DATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class GETDATEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    GETDATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class CERT_IDContext extends Built_in_functionsContext {
    _cert_name?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    CERT_ID(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class ATANContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ATAN(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class CONNECTIONPROPERTYContext extends Built_in_functionsContext {
    _property?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    CONNECTIONPROPERTY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode;
}
export declare class ERROR_NUMBERContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ERROR_NUMBER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class ERROR_LINEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ERROR_LINE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class CURRENT_TIMESTAMPContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    CURRENT_TIMESTAMP(): antlr.TerminalNode;
}
export declare class CONCATContext extends Built_in_functionsContext {
    _string_value_1?: ExpressionContext;
    _string_value_2?: ExpressionContext;
    _expression?: ExpressionContext;
    _string_value_n: ExpressionContext[];
    constructor(ctx: Built_in_functionsContext);
    CONCAT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class JSON_ARRAYContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    JSON_ARRAY(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression_list_(): Expression_list_Context | null;
    json_null_clause(): Json_null_clauseContext | null;
}
export declare class ROUNDContext extends Built_in_functionsContext {
    _numeric_expression?: ExpressionContext;
    _length?: ExpressionContext;
    _function_?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    ROUND(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class DATALENGTHContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    DATALENGTH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class HOST_NAMEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    HOST_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DATABASEPROPERTYEXContext extends Built_in_functionsContext {
    _database?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATABASEPROPERTYEX(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class ORIGINAL_DB_NAMEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    ORIGINAL_DB_NAME(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class FILEPROPERTYEXContext extends Built_in_functionsContext {
    _name?: ExpressionContext;
    _property?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    FILEPROPERTYEX(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class RTRIMContext extends Built_in_functionsContext {
    _character_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    RTRIM(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class JSON_OBJECTContext extends Built_in_functionsContext {
    _key_value?: Json_key_valueContext;
    constructor(ctx: Built_in_functionsContext);
    JSON_OBJECT(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    json_null_clause(): Json_null_clauseContext | null;
    json_key_value(): Json_key_valueContext[];
    json_key_value(i: number): Json_key_valueContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
}
export declare class XACT_STATEContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    XACT_STATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class FORMATMESSAGEContext extends Built_in_functionsContext {
    _msg_number?: Token | null;
    _msg_string?: Token | null;
    _msg_variable?: Token | null;
    constructor(ctx: Built_in_functionsContext);
    FORMATMESSAGE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
}
export declare class DATEDIFF_BIGContext extends Built_in_functionsContext {
    _datepart?: Dateparts_12Context;
    _startdate?: ExpressionContext;
    _enddate?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATEDIFF_BIG(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    dateparts_12(): Dateparts_12Context;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class USERContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    USER(): antlr.TerminalNode;
}
export declare class DEGREESContext extends Built_in_functionsContext {
    _numeric_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DEGREES(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class LENContext extends Built_in_functionsContext {
    _string_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    LEN(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class TRANSLATEContext extends Built_in_functionsContext {
    _inputString?: ExpressionContext;
    _characters?: ExpressionContext;
    _translations?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    TRANSLATE(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class SWITCHOFFSETContext extends Built_in_functionsContext {
    _datetimeoffset_expression?: ExpressionContext;
    _timezoneoffset_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    SWITCHOFFSET(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class PIContext extends Built_in_functionsContext {
    constructor(ctx: Built_in_functionsContext);
    PI(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
}
export declare class DATE_BUCKETContext extends Built_in_functionsContext {
    _datepart?: Dateparts_9Context;
    _number_?: ExpressionContext;
    _date?: ExpressionContext;
    _origin?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    DATE_BUCKET(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode;
    dateparts_9(): Dateparts_9Context;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
}
export declare class EXPContext extends Built_in_functionsContext {
    _float_expression?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    EXP(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext;
}
export declare class STRINGAGGContext extends Built_in_functionsContext {
    _expr?: ExpressionContext;
    _separator?: ExpressionContext;
    constructor(ctx: Built_in_functionsContext);
    STRING_AGG(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    WITHIN(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    order_by_clause(): Order_by_clauseContext | null;
}
export declare class Xml_data_type_methodsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    value_method(): Value_methodContext | null;
    query_method(): Query_methodContext | null;
    exist_method(): Exist_methodContext | null;
    modify_method(): Modify_methodContext | null;
    get ruleIndex(): number;
}
export declare class Dateparts_9Context extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    YEAR(): antlr.TerminalNode | null;
    YEAR_ABBR(): antlr.TerminalNode | null;
    QUARTER(): antlr.TerminalNode | null;
    QUARTER_ABBR(): antlr.TerminalNode | null;
    MONTH(): antlr.TerminalNode | null;
    MONTH_ABBR(): antlr.TerminalNode | null;
    DAY(): antlr.TerminalNode | null;
    DAY_ABBR(): antlr.TerminalNode | null;
    WEEK(): antlr.TerminalNode | null;
    WEEK_ABBR(): antlr.TerminalNode | null;
    HOUR(): antlr.TerminalNode | null;
    HOUR_ABBR(): antlr.TerminalNode | null;
    MINUTE(): antlr.TerminalNode | null;
    MINUTE_ABBR(): antlr.TerminalNode | null;
    SECOND(): antlr.TerminalNode | null;
    SECOND_ABBR(): antlr.TerminalNode | null;
    MILLISECOND(): antlr.TerminalNode | null;
    MILLISECOND_ABBR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dateparts_12Context extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    dateparts_9(): Dateparts_9Context | null;
    DAYOFYEAR(): antlr.TerminalNode | null;
    DAYOFYEAR_ABBR(): antlr.TerminalNode | null;
    MICROSECOND(): antlr.TerminalNode | null;
    MICROSECOND_ABBR(): antlr.TerminalNode | null;
    NANOSECOND(): antlr.TerminalNode | null;
    NANOSECOND_ABBR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dateparts_15Context extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    dateparts_12(): Dateparts_12Context | null;
    WEEKDAY(): antlr.TerminalNode | null;
    WEEKDAY_ABBR(): antlr.TerminalNode | null;
    TZOFFSET(): antlr.TerminalNode | null;
    TZOFFSET_ABBR(): antlr.TerminalNode | null;
    ISO_WEEK(): antlr.TerminalNode | null;
    ISO_WEEK_ABBR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Dateparts_datetruncContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    dateparts_9(): Dateparts_9Context | null;
    DAYOFYEAR(): antlr.TerminalNode | null;
    DAYOFYEAR_ABBR(): antlr.TerminalNode | null;
    MICROSECOND(): antlr.TerminalNode | null;
    MICROSECOND_ABBR(): antlr.TerminalNode | null;
    ISO_WEEK(): antlr.TerminalNode | null;
    ISO_WEEK_ABBR(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Value_methodContext extends antlr.ParserRuleContext {
    _loc_id?: Token | null;
    _value_id?: Full_column_nameContext;
    _eventdata?: Token | null;
    _query?: Query_methodContext;
    _call?: Value_callContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode;
    value_call(): Value_callContext;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    subquery(): SubqueryContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext | null;
    EVENTDATA(): antlr.TerminalNode | null;
    query_method(): Query_methodContext | null;
    get ruleIndex(): number;
}
export declare class Value_callContext extends antlr.ParserRuleContext {
    _xquery?: Token | null;
    _sqltype?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    COMMA(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    VALUE(): antlr.TerminalNode | null;
    VALUE_SQUARE_BRACKET(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Query_methodContext extends antlr.ParserRuleContext {
    _loc_id?: Token | null;
    _value_id?: Full_column_nameContext;
    _call?: Query_callContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode;
    query_call(): Query_callContext;
    LR_BRACKET(): antlr.TerminalNode | null;
    subquery(): SubqueryContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext | null;
    get ruleIndex(): number;
}
export declare class Query_callContext extends antlr.ParserRuleContext {
    _xquery?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    QUERY(): antlr.TerminalNode | null;
    QUERY_SQUARE_BRACKET(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Exist_methodContext extends antlr.ParserRuleContext {
    _loc_id?: Token | null;
    _value_id?: Full_column_nameContext;
    _call?: Exist_callContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode;
    exist_call(): Exist_callContext;
    LR_BRACKET(): antlr.TerminalNode | null;
    subquery(): SubqueryContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext | null;
    get ruleIndex(): number;
}
export declare class Exist_callContext extends antlr.ParserRuleContext {
    _xquery?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    EXIST(): antlr.TerminalNode | null;
    EXIST_SQUARE_BRACKET(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Modify_methodContext extends antlr.ParserRuleContext {
    _loc_id?: Token | null;
    _value_id?: Full_column_nameContext;
    _call?: Modify_callContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode;
    modify_call(): Modify_callContext;
    LR_BRACKET(): antlr.TerminalNode | null;
    subquery(): SubqueryContext | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext | null;
    get ruleIndex(): number;
}
export declare class Modify_callContext extends antlr.ParserRuleContext {
    _xml_dml?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    MODIFY(): antlr.TerminalNode | null;
    MODIFY_SQUARE_BRACKET(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Hierarchyid_callContext extends antlr.ParserRuleContext {
    _n?: ExpressionContext;
    _child1?: ExpressionContext;
    _child2?: ExpressionContext;
    _parent_?: ExpressionContext;
    _oldroot?: ExpressionContext;
    _newroot?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    GETANCESTOR(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    GETDESCENDANT(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    GETLEVEL(): antlr.TerminalNode | null;
    ISDESCENDANTOF(): antlr.TerminalNode | null;
    GETREPARENTEDVALUE(): antlr.TerminalNode | null;
    TOSTRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Hierarchyid_static_methodContext extends antlr.ParserRuleContext {
    _input?: ExpressionContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    HIERARCHYID(): antlr.TerminalNode;
    DOUBLE_COLON(): antlr.TerminalNode;
    GETROOT(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    PARSE(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Nodes_methodContext extends antlr.ParserRuleContext {
    _loc_id?: Token | null;
    _value_id?: Full_column_nameContext;
    _xquery?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode;
    NODES(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode;
    subquery(): SubqueryContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    full_column_name(): Full_column_nameContext | null;
    get ruleIndex(): number;
}
export declare class Switch_sectionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WHEN(): antlr.TerminalNode;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    THEN(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Switch_search_condition_sectionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WHEN(): antlr.TerminalNode;
    search_condition(): Search_conditionContext;
    THEN(): antlr.TerminalNode;
    expression(): ExpressionContext;
    get ruleIndex(): number;
}
export declare class As_column_aliasContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    column_alias(): Column_aliasContext;
    AS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class As_table_aliasContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    table_alias(): Table_aliasContext;
    AS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_aliasContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context;
    get ruleIndex(): number;
}
export declare class With_table_hintsContext extends antlr.ParserRuleContext {
    _table_hint?: Table_hintContext;
    _hint: Table_hintContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    WITH(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    table_hint(): Table_hintContext[];
    table_hint(i: number): Table_hintContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Deprecated_table_hintContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    table_hint(): Table_hintContext;
    RR_BRACKET(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Sybase_legacy_hintsContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    sybase_legacy_hint(): Sybase_legacy_hintContext[];
    sybase_legacy_hint(i: number): Sybase_legacy_hintContext | null;
    get ruleIndex(): number;
}
export declare class Sybase_legacy_hintContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    HOLDLOCK(): antlr.TerminalNode | null;
    NOHOLDLOCK(): antlr.TerminalNode | null;
    READPAST(): antlr.TerminalNode | null;
    SHARED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_hintContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    NOEXPAND(): antlr.TerminalNode | null;
    INDEX(): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    index_value(): Index_valueContext[];
    index_value(i: number): Index_valueContext | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    FORCESEEK(): antlr.TerminalNode | null;
    column_name_list(): Column_name_listContext | null;
    FORCESCAN(): antlr.TerminalNode | null;
    HOLDLOCK(): antlr.TerminalNode | null;
    NOLOCK(): antlr.TerminalNode | null;
    NOWAIT(): antlr.TerminalNode | null;
    PAGLOCK(): antlr.TerminalNode | null;
    READCOMMITTED(): antlr.TerminalNode | null;
    READCOMMITTEDLOCK(): antlr.TerminalNode | null;
    READPAST(): antlr.TerminalNode | null;
    READUNCOMMITTED(): antlr.TerminalNode | null;
    REPEATABLEREAD(): antlr.TerminalNode | null;
    ROWLOCK(): antlr.TerminalNode | null;
    SERIALIZABLE(): antlr.TerminalNode | null;
    SNAPSHOT(): antlr.TerminalNode | null;
    SPATIAL_WINDOW_MAX_CELLS(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    TABLOCK(): antlr.TerminalNode | null;
    TABLOCKX(): antlr.TerminalNode | null;
    UPDLOCK(): antlr.TerminalNode | null;
    XLOCK(): antlr.TerminalNode | null;
    KEEPIDENTITY(): antlr.TerminalNode | null;
    KEEPDEFAULTS(): antlr.TerminalNode | null;
    IGNORE_CONSTRAINTS(): antlr.TerminalNode | null;
    IGNORE_TRIGGERS(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Index_valueContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_alias_listContext extends antlr.ParserRuleContext {
    _column_alias?: Column_aliasContext;
    _alias: Column_aliasContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    column_alias(): Column_aliasContext[];
    column_alias(i: number): Column_aliasContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_aliasContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_value_constructorContext extends antlr.ParserRuleContext {
    _expression_list_?: Expression_list_Context;
    _exps: Expression_list_Context[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    VALUES(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    expression_list_(): Expression_list_Context[];
    expression_list_(i: number): Expression_list_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Expression_list_Context extends antlr.ParserRuleContext {
    _expression?: ExpressionContext;
    _exp: ExpressionContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Ranking_windowed_functionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    over_clause(): Over_clauseContext;
    RANK(): antlr.TerminalNode | null;
    DENSE_RANK(): antlr.TerminalNode | null;
    ROW_NUMBER(): antlr.TerminalNode | null;
    NTILE(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Aggregate_windowed_functionContext extends antlr.ParserRuleContext {
    _agg_func?: Token | null;
    _cnt?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    all_distinct_expression(): All_distinct_expressionContext | null;
    RR_BRACKET(): antlr.TerminalNode;
    AVG(): antlr.TerminalNode | null;
    MAX(): antlr.TerminalNode | null;
    MIN(): antlr.TerminalNode | null;
    SUM(): antlr.TerminalNode | null;
    STDEV(): antlr.TerminalNode | null;
    STDEVP(): antlr.TerminalNode | null;
    VAR(): antlr.TerminalNode | null;
    VARP(): antlr.TerminalNode | null;
    over_clause(): Over_clauseContext | null;
    COUNT(): antlr.TerminalNode | null;
    COUNT_BIG(): antlr.TerminalNode | null;
    STAR(): antlr.TerminalNode | null;
    CHECKSUM_AGG(): antlr.TerminalNode | null;
    GROUPING(): antlr.TerminalNode | null;
    expression(): ExpressionContext | null;
    GROUPING_ID(): antlr.TerminalNode | null;
    expression_list_(): Expression_list_Context | null;
    get ruleIndex(): number;
}
export declare class Analytic_windowed_functionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode[];
    LR_BRACKET(i: number): antlr.TerminalNode | null;
    expression(): ExpressionContext[];
    expression(i: number): ExpressionContext | null;
    RR_BRACKET(): antlr.TerminalNode[];
    RR_BRACKET(i: number): antlr.TerminalNode | null;
    over_clause(): Over_clauseContext | null;
    FIRST_VALUE(): antlr.TerminalNode | null;
    LAST_VALUE(): antlr.TerminalNode | null;
    LAG(): antlr.TerminalNode | null;
    LEAD(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    OVER(): antlr.TerminalNode | null;
    order_by_clause(): Order_by_clauseContext | null;
    CUME_DIST(): antlr.TerminalNode | null;
    PERCENT_RANK(): antlr.TerminalNode | null;
    PARTITION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    expression_list_(): Expression_list_Context | null;
    WITHIN(): antlr.TerminalNode | null;
    GROUP(): antlr.TerminalNode | null;
    PERCENTILE_CONT(): antlr.TerminalNode | null;
    PERCENTILE_DISC(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class All_distinct_expressionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    expression(): ExpressionContext;
    ALL(): antlr.TerminalNode | null;
    DISTINCT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Over_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    OVER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    PARTITION(): antlr.TerminalNode | null;
    BY(): antlr.TerminalNode | null;
    expression_list_(): Expression_list_Context | null;
    order_by_clause(): Order_by_clauseContext | null;
    row_or_range_clause(): Row_or_range_clauseContext | null;
    get ruleIndex(): number;
}
export declare class Row_or_range_clauseContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    window_frame_extent(): Window_frame_extentContext;
    ROWS(): antlr.TerminalNode | null;
    RANGE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Window_frame_extentContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    window_frame_preceding(): Window_frame_precedingContext | null;
    BETWEEN(): antlr.TerminalNode | null;
    window_frame_bound(): Window_frame_boundContext[];
    window_frame_bound(i: number): Window_frame_boundContext | null;
    AND(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Window_frame_boundContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    window_frame_preceding(): Window_frame_precedingContext | null;
    window_frame_following(): Window_frame_followingContext | null;
    get ruleIndex(): number;
}
export declare class Window_frame_precedingContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UNBOUNDED(): antlr.TerminalNode | null;
    PRECEDING(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    CURRENT(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Window_frame_followingContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    UNBOUNDED(): antlr.TerminalNode | null;
    FOLLOWING(): antlr.TerminalNode;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Create_database_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FILESTREAM(): antlr.TerminalNode | null;
    database_filestream_option(): Database_filestream_optionContext[];
    database_filestream_option(i: number): Database_filestream_optionContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    DEFAULT_LANGUAGE(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    DEFAULT_FULLTEXT_LANGUAGE(): antlr.TerminalNode | null;
    NESTED_TRIGGERS(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    ON(): antlr.TerminalNode | null;
    TRANSFORM_NOISE_WORDS(): antlr.TerminalNode | null;
    TWO_DIGIT_YEAR_CUTOFF(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    DB_CHAINING(): antlr.TerminalNode | null;
    TRUSTWORTHY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Database_filestream_optionContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    NON_TRANSACTED_ACCESS(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode | null;
    DIRECTORY_NAME(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    READ_ONLY(): antlr.TerminalNode | null;
    FULL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Database_file_specContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    file_group(): File_groupContext | null;
    file_spec(): File_specContext | null;
    get ruleIndex(): number;
}
export declare class File_groupContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    FILEGROUP(): antlr.TerminalNode;
    id_(): Id_Context;
    file_spec(): File_specContext[];
    file_spec(i: number): File_specContext | null;
    CONTAINS(): antlr.TerminalNode[];
    CONTAINS(i: number): antlr.TerminalNode | null;
    FILESTREAM(): antlr.TerminalNode | null;
    DEFAULT(): antlr.TerminalNode | null;
    MEMORY_OPTIMIZED_DATA(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class File_specContext extends antlr.ParserRuleContext {
    _file?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    NAME(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    FILENAME(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    SIZE(): antlr.TerminalNode | null;
    file_size(): File_sizeContext[];
    file_size(i: number): File_sizeContext | null;
    MAXSIZE(): antlr.TerminalNode | null;
    FILEGROWTH(): antlr.TerminalNode | null;
    UNLIMITED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Entity_nameContext extends antlr.ParserRuleContext {
    _server?: Id_Context;
    _database?: Id_Context;
    _schema?: Id_Context;
    _table?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Entity_name_for_azure_dwContext extends antlr.ParserRuleContext {
    _schema?: Id_Context;
    _object_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Entity_name_for_parallel_dwContext extends antlr.ParserRuleContext {
    _schema_database?: Id_Context;
    _schema?: Id_Context;
    _object_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Full_table_nameContext extends antlr.ParserRuleContext {
    _linkedServer?: Id_Context;
    _schema?: Id_Context;
    _server?: Id_Context;
    _database?: Id_Context;
    _table?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Table_nameContext extends antlr.ParserRuleContext {
    _database?: Id_Context;
    _schema?: Id_Context;
    _table?: Id_Context;
    _blocking_hierarchy?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    BLOCKING_HIERARCHY(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Simple_nameContext extends antlr.ParserRuleContext {
    _schema?: Id_Context;
    _name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Func_proc_name_schemaContext extends antlr.ParserRuleContext {
    _schema?: Id_Context;
    _procedure?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Func_proc_name_database_schemaContext extends antlr.ParserRuleContext {
    _database?: Id_Context;
    _schema?: Id_Context;
    _procedure?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    func_proc_name_schema(): Func_proc_name_schemaContext | null;
    get ruleIndex(): number;
}
export declare class Func_proc_name_server_database_schemaContext extends antlr.ParserRuleContext {
    _server?: Id_Context;
    _database?: Id_Context;
    _schema?: Id_Context;
    _procedure?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    func_proc_name_database_schema(): Func_proc_name_database_schemaContext | null;
    get ruleIndex(): number;
}
export declare class Ddl_objectContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    full_table_name(): Full_table_nameContext | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Full_column_nameContext extends antlr.ParserRuleContext {
    _column_name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    DOLLAR(): antlr.TerminalNode | null;
    DELETED(): antlr.TerminalNode | null;
    INSERTED(): antlr.TerminalNode | null;
    full_table_name(): Full_table_nameContext | null;
    IDENTITY(): antlr.TerminalNode | null;
    ROWGUID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_name_list_with_orderContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    ASC(): antlr.TerminalNode[];
    ASC(i: number): antlr.TerminalNode | null;
    DESC(): antlr.TerminalNode[];
    DESC(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Insert_column_name_listContext extends antlr.ParserRuleContext {
    _insert_column_id?: Insert_column_idContext;
    _col: Insert_column_idContext[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    insert_column_id(): Insert_column_idContext[];
    insert_column_id(i: number): Insert_column_idContext | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Insert_column_idContext extends antlr.ParserRuleContext {
    _id_?: Id_Context;
    _ignore: Id_Context[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Column_name_listContext extends antlr.ParserRuleContext {
    _id_?: Id_Context;
    _col: Id_Context[];
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Cursor_nameContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class On_offContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ON(): antlr.TerminalNode | null;
    OFF(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class ClusteredContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    CLUSTERED(): antlr.TerminalNode | null;
    NONCLUSTERED(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Null_notnullContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    NULL_(): antlr.TerminalNode;
    NOT(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Scalar_function_nameContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    func_proc_name_server_database_schema(): Func_proc_name_server_database_schemaContext | null;
    RIGHT(): antlr.TerminalNode | null;
    LEFT(): antlr.TerminalNode | null;
    BINARY_CHECKSUM(): antlr.TerminalNode | null;
    CHECKSUM(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Begin_conversation_timerContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BEGIN(): antlr.TerminalNode;
    CONVERSATION(): antlr.TerminalNode;
    TIMER(): antlr.TerminalNode;
    LR_BRACKET(): antlr.TerminalNode;
    LOCAL_ID(): antlr.TerminalNode;
    RR_BRACKET(): antlr.TerminalNode;
    TIMEOUT(): antlr.TerminalNode;
    EQUAL(): antlr.TerminalNode;
    time(): TimeContext;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Begin_conversation_dialogContext extends antlr.ParserRuleContext {
    _dialog_handle?: Token | null;
    _initiator_service_name?: Service_nameContext;
    _target_service_name?: Service_nameContext;
    _service_broker_guid?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    BEGIN(): antlr.TerminalNode;
    DIALOG(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    SERVICE(): antlr.TerminalNode[];
    SERVICE(i: number): antlr.TerminalNode | null;
    TO(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    CONTRACT(): antlr.TerminalNode;
    contract_name(): Contract_nameContext;
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    service_name(): Service_nameContext[];
    service_name(i: number): Service_nameContext | null;
    CONVERSATION(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode[];
    COMMA(i: number): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    LIFETIME(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    on_off(): On_offContext | null;
    RELATED_CONVERSATION(): antlr.TerminalNode | null;
    RELATED_CONVERSATION_GROUP(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Contract_nameContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class Service_nameContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    expression(): ExpressionContext | null;
    get ruleIndex(): number;
}
export declare class End_conversationContext extends antlr.ParserRuleContext {
    _conversation_handle?: Token | null;
    _faliure_code?: Token | null;
    _failure_text?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    END(): antlr.TerminalNode;
    CONVERSATION(): antlr.TerminalNode;
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    WITH(): antlr.TerminalNode | null;
    ERROR(): antlr.TerminalNode | null;
    EQUAL(): antlr.TerminalNode[];
    EQUAL(i: number): antlr.TerminalNode | null;
    DESCRIPTION(): antlr.TerminalNode | null;
    CLEANUP(): antlr.TerminalNode | null;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Waitfor_conversationContext extends antlr.ParserRuleContext {
    _timeout?: TimeContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode;
    get_conversation(): Get_conversationContext;
    RR_BRACKET(): antlr.TerminalNode;
    WAITFOR(): antlr.TerminalNode | null;
    TIMEOUT(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    time(): TimeContext | null;
    COMMA(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Get_conversationContext extends antlr.ParserRuleContext {
    _conversation_group_id?: Token | null;
    _queue?: Queue_idContext;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    GET(): antlr.TerminalNode;
    CONVERSATION(): antlr.TerminalNode;
    GROUP(): antlr.TerminalNode;
    FROM(): antlr.TerminalNode;
    queue_id(): Queue_idContext;
    STRING(): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Queue_idContext extends antlr.ParserRuleContext {
    _database_name?: Id_Context;
    _schema_name?: Id_Context;
    _name?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DOT(): antlr.TerminalNode[];
    DOT(i: number): antlr.TerminalNode | null;
    id_(): Id_Context[];
    id_(i: number): Id_Context | null;
    get ruleIndex(): number;
}
export declare class Send_conversationContext extends antlr.ParserRuleContext {
    _conversation_handle?: Token | null;
    _message_type_name?: ExpressionContext;
    _message_body_expression?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    SEND(): antlr.TerminalNode;
    ON(): antlr.TerminalNode;
    CONVERSATION(): antlr.TerminalNode;
    MESSAGE(): antlr.TerminalNode;
    TYPE(): antlr.TerminalNode;
    expression(): ExpressionContext;
    STRING(): antlr.TerminalNode[];
    STRING(i: number): antlr.TerminalNode | null;
    LOCAL_ID(): antlr.TerminalNode[];
    LOCAL_ID(i: number): antlr.TerminalNode | null;
    LR_BRACKET(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    SEMI(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Data_typeContext extends antlr.ParserRuleContext {
    _scaled?: Token | null;
    _ext_type?: Id_Context;
    _scale?: Token | null;
    _prec?: Token | null;
    _seed?: Token | null;
    _inc?: Token | null;
    _double_prec?: Token | null;
    _unscaled_type?: Id_Context;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    LR_BRACKET(): antlr.TerminalNode | null;
    MAX(): antlr.TerminalNode | null;
    RR_BRACKET(): antlr.TerminalNode | null;
    VARCHAR(): antlr.TerminalNode | null;
    NVARCHAR(): antlr.TerminalNode | null;
    BINARY_KEYWORD(): antlr.TerminalNode | null;
    VARBINARY_KEYWORD(): antlr.TerminalNode | null;
    SQUARE_BRACKET_ID(): antlr.TerminalNode | null;
    COMMA(): antlr.TerminalNode | null;
    id_(): Id_Context | null;
    DECIMAL(): antlr.TerminalNode[];
    DECIMAL(i: number): antlr.TerminalNode | null;
    IDENTITY(): antlr.TerminalNode | null;
    DOUBLE(): antlr.TerminalNode | null;
    PRECISION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class ConstantContext extends antlr.ParserRuleContext {
    _dollar?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STRING(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    REAL(): antlr.TerminalNode | null;
    FLOAT(): antlr.TerminalNode | null;
    MINUS(): antlr.TerminalNode[];
    MINUS(i: number): antlr.TerminalNode | null;
    DOLLAR(): antlr.TerminalNode | null;
    PLUS(): antlr.TerminalNode | null;
    parameter(): ParameterContext | null;
    get ruleIndex(): number;
}
export declare class Primitive_constantContext extends antlr.ParserRuleContext {
    _dollar?: Token | null;
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    STRING(): antlr.TerminalNode | null;
    BINARY(): antlr.TerminalNode | null;
    DECIMAL(): antlr.TerminalNode | null;
    REAL(): antlr.TerminalNode | null;
    FLOAT(): antlr.TerminalNode | null;
    DOLLAR(): antlr.TerminalNode | null;
    MINUS(): antlr.TerminalNode | null;
    PLUS(): antlr.TerminalNode | null;
    parameter(): ParameterContext | null;
    get ruleIndex(): number;
}
export declare class KeywordContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ABORT(): antlr.TerminalNode | null;
    ABSOLUTE(): antlr.TerminalNode | null;
    ACCENT_SENSITIVITY(): antlr.TerminalNode | null;
    ACCESS(): antlr.TerminalNode | null;
    ACTION(): antlr.TerminalNode | null;
    ACTIVATION(): antlr.TerminalNode | null;
    ACTIVE(): antlr.TerminalNode | null;
    ADD(): antlr.TerminalNode | null;
    ADDRESS(): antlr.TerminalNode | null;
    AES_128(): antlr.TerminalNode | null;
    AES_192(): antlr.TerminalNode | null;
    AES_256(): antlr.TerminalNode | null;
    AFFINITY(): antlr.TerminalNode | null;
    AFTER(): antlr.TerminalNode | null;
    AGGREGATE(): antlr.TerminalNode | null;
    ALGORITHM(): antlr.TerminalNode | null;
    ALL_CONSTRAINTS(): antlr.TerminalNode | null;
    ALL_ERRORMSGS(): antlr.TerminalNode | null;
    ALL_INDEXES(): antlr.TerminalNode | null;
    ALL_LEVELS(): antlr.TerminalNode | null;
    ALLOW_ENCRYPTED_VALUE_MODIFICATIONS(): antlr.TerminalNode | null;
    ALLOW_PAGE_LOCKS(): antlr.TerminalNode | null;
    ALLOW_ROW_LOCKS(): antlr.TerminalNode | null;
    ALLOW_SNAPSHOT_ISOLATION(): antlr.TerminalNode | null;
    ALLOWED(): antlr.TerminalNode | null;
    ALWAYS(): antlr.TerminalNode | null;
    ANSI_DEFAULTS(): antlr.TerminalNode | null;
    ANSI_NULL_DEFAULT(): antlr.TerminalNode | null;
    ANSI_NULL_DFLT_OFF(): antlr.TerminalNode | null;
    ANSI_NULL_DFLT_ON(): antlr.TerminalNode | null;
    ANSI_NULLS(): antlr.TerminalNode | null;
    ANSI_PADDING(): antlr.TerminalNode | null;
    ANSI_WARNINGS(): antlr.TerminalNode | null;
    APP_NAME(): antlr.TerminalNode | null;
    APPLICATION_LOG(): antlr.TerminalNode | null;
    APPLOCK_MODE(): antlr.TerminalNode | null;
    APPLOCK_TEST(): antlr.TerminalNode | null;
    APPLY(): antlr.TerminalNode | null;
    ARITHABORT(): antlr.TerminalNode | null;
    ARITHIGNORE(): antlr.TerminalNode | null;
    ASCII(): antlr.TerminalNode | null;
    ASSEMBLY(): antlr.TerminalNode | null;
    ASSEMBLYPROPERTY(): antlr.TerminalNode | null;
    AT_KEYWORD(): antlr.TerminalNode | null;
    AUDIT(): antlr.TerminalNode | null;
    AUDIT_GUID(): antlr.TerminalNode | null;
    AUTO(): antlr.TerminalNode | null;
    AUTO_CLEANUP(): antlr.TerminalNode | null;
    AUTO_CLOSE(): antlr.TerminalNode | null;
    AUTO_CREATE_STATISTICS(): antlr.TerminalNode | null;
    AUTO_DROP(): antlr.TerminalNode | null;
    AUTO_SHRINK(): antlr.TerminalNode | null;
    AUTO_UPDATE_STATISTICS(): antlr.TerminalNode | null;
    AUTO_UPDATE_STATISTICS_ASYNC(): antlr.TerminalNode | null;
    AUTOGROW_ALL_FILES(): antlr.TerminalNode | null;
    AUTOGROW_SINGLE_FILE(): antlr.TerminalNode | null;
    AVAILABILITY(): antlr.TerminalNode | null;
    AVG(): antlr.TerminalNode | null;
    BACKUP_CLONEDB(): antlr.TerminalNode | null;
    BACKUP_PRIORITY(): antlr.TerminalNode | null;
    BASE64(): antlr.TerminalNode | null;
    BEGIN_DIALOG(): antlr.TerminalNode | null;
    BIGINT(): antlr.TerminalNode | null;
    BINARY_KEYWORD(): antlr.TerminalNode | null;
    BINARY_CHECKSUM(): antlr.TerminalNode | null;
    BINDING(): antlr.TerminalNode | null;
    BLOB_STORAGE(): antlr.TerminalNode | null;
    BROKER(): antlr.TerminalNode | null;
    BROKER_INSTANCE(): antlr.TerminalNode | null;
    BULK_LOGGED(): antlr.TerminalNode | null;
    CALLER(): antlr.TerminalNode | null;
    CAP_CPU_PERCENT(): antlr.TerminalNode | null;
    CAST(): antlr.TerminalNode | null;
    TRY_CAST(): antlr.TerminalNode | null;
    CATALOG(): antlr.TerminalNode | null;
    CATCH(): antlr.TerminalNode | null;
    CERT_ID(): antlr.TerminalNode | null;
    CERTENCODED(): antlr.TerminalNode | null;
    CERTPRIVATEKEY(): antlr.TerminalNode | null;
    CHANGE(): antlr.TerminalNode | null;
    CHANGE_RETENTION(): antlr.TerminalNode | null;
    CHANGE_TRACKING(): antlr.TerminalNode | null;
    CHAR(): antlr.TerminalNode | null;
    CHARINDEX(): antlr.TerminalNode | null;
    CHECKALLOC(): antlr.TerminalNode | null;
    CHECKCATALOG(): antlr.TerminalNode | null;
    CHECKCONSTRAINTS(): antlr.TerminalNode | null;
    CHECKDB(): antlr.TerminalNode | null;
    CHECKFILEGROUP(): antlr.TerminalNode | null;
    CHECKSUM(): antlr.TerminalNode | null;
    CHECKSUM_AGG(): antlr.TerminalNode | null;
    CHECKTABLE(): antlr.TerminalNode | null;
    CLEANTABLE(): antlr.TerminalNode | null;
    CLEANUP(): antlr.TerminalNode | null;
    CLONEDATABASE(): antlr.TerminalNode | null;
    COL_LENGTH(): antlr.TerminalNode | null;
    COL_NAME(): antlr.TerminalNode | null;
    COLLECTION(): antlr.TerminalNode | null;
    COLUMN_ENCRYPTION_KEY(): antlr.TerminalNode | null;
    COLUMN_MASTER_KEY(): antlr.TerminalNode | null;
    COLUMNPROPERTY(): antlr.TerminalNode | null;
    COLUMNS(): antlr.TerminalNode | null;
    COLUMNSTORE(): antlr.TerminalNode | null;
    COLUMNSTORE_ARCHIVE(): antlr.TerminalNode | null;
    COMMITTED(): antlr.TerminalNode | null;
    COMPATIBILITY_LEVEL(): antlr.TerminalNode | null;
    COMPRESS_ALL_ROW_GROUPS(): antlr.TerminalNode | null;
    COMPRESSION_DELAY(): antlr.TerminalNode | null;
    CONCAT(): antlr.TerminalNode | null;
    CONCAT_WS(): antlr.TerminalNode | null;
    CONCAT_NULL_YIELDS_NULL(): antlr.TerminalNode | null;
    CONTENT(): antlr.TerminalNode | null;
    CONTROL(): antlr.TerminalNode | null;
    COOKIE(): antlr.TerminalNode | null;
    COUNT(): antlr.TerminalNode | null;
    COUNT_BIG(): antlr.TerminalNode | null;
    COUNTER(): antlr.TerminalNode | null;
    CPU(): antlr.TerminalNode | null;
    CREATE_NEW(): antlr.TerminalNode | null;
    CREATION_DISPOSITION(): antlr.TerminalNode | null;
    CREDENTIAL(): antlr.TerminalNode | null;
    CRYPTOGRAPHIC(): antlr.TerminalNode | null;
    CUME_DIST(): antlr.TerminalNode | null;
    CURSOR_CLOSE_ON_COMMIT(): antlr.TerminalNode | null;
    CURSOR_DEFAULT(): antlr.TerminalNode | null;
    CURSOR_STATUS(): antlr.TerminalNode | null;
    DATA(): antlr.TerminalNode | null;
    DATA_PURITY(): antlr.TerminalNode | null;
    DATABASE_PRINCIPAL_ID(): antlr.TerminalNode | null;
    DATABASEPROPERTYEX(): antlr.TerminalNode | null;
    DATALENGTH(): antlr.TerminalNode | null;
    DATE_CORRELATION_OPTIMIZATION(): antlr.TerminalNode | null;
    DATEADD(): antlr.TerminalNode | null;
    DATEDIFF(): antlr.TerminalNode | null;
    DATENAME(): antlr.TerminalNode | null;
    DATEPART(): antlr.TerminalNode | null;
    DAYS(): antlr.TerminalNode | null;
    DB_CHAINING(): antlr.TerminalNode | null;
    DB_FAILOVER(): antlr.TerminalNode | null;
    DB_ID(): antlr.TerminalNode | null;
    DB_NAME(): antlr.TerminalNode | null;
    DBCC(): antlr.TerminalNode | null;
    DBREINDEX(): antlr.TerminalNode | null;
    DECRYPTION(): antlr.TerminalNode | null;
    DEFAULT_DOUBLE_QUOTE(): antlr.TerminalNode | null;
    DEFAULT_FULLTEXT_LANGUAGE(): antlr.TerminalNode | null;
    DEFAULT_LANGUAGE(): antlr.TerminalNode | null;
    DEFINITION(): antlr.TerminalNode | null;
    DELAY(): antlr.TerminalNode | null;
    DELAYED_DURABILITY(): antlr.TerminalNode | null;
    DELETED(): antlr.TerminalNode | null;
    DENSE_RANK(): antlr.TerminalNode | null;
    DEPENDENTS(): antlr.TerminalNode | null;
    DES(): antlr.TerminalNode | null;
    DESCRIPTION(): antlr.TerminalNode | null;
    DESX(): antlr.TerminalNode | null;
    DETERMINISTIC(): antlr.TerminalNode | null;
    DHCP(): antlr.TerminalNode | null;
    DIALOG(): antlr.TerminalNode | null;
    DIFFERENCE(): antlr.TerminalNode | null;
    DIRECTORY_NAME(): antlr.TerminalNode | null;
    DISABLE(): antlr.TerminalNode | null;
    DISABLE_BROKER(): antlr.TerminalNode | null;
    DISABLED(): antlr.TerminalNode | null;
    DOCUMENT(): antlr.TerminalNode | null;
    DROP_EXISTING(): antlr.TerminalNode | null;
    DROPCLEANBUFFERS(): antlr.TerminalNode | null;
    DYNAMIC(): antlr.TerminalNode | null;
    ELEMENTS(): antlr.TerminalNode | null;
    EMERGENCY(): antlr.TerminalNode | null;
    EMPTY(): antlr.TerminalNode | null;
    ENABLE(): antlr.TerminalNode | null;
    ENABLE_BROKER(): antlr.TerminalNode | null;
    ENCRYPTED(): antlr.TerminalNode | null;
    ENCRYPTED_VALUE(): antlr.TerminalNode | null;
    ENCRYPTION(): antlr.TerminalNode | null;
    ENCRYPTION_TYPE(): antlr.TerminalNode | null;
    ENDPOINT_URL(): antlr.TerminalNode | null;
    ERROR_BROKER_CONVERSATIONS(): antlr.TerminalNode | null;
    ESTIMATEONLY(): antlr.TerminalNode | null;
    EXCLUSIVE(): antlr.TerminalNode | null;
    EXECUTABLE(): antlr.TerminalNode | null;
    EXIST(): antlr.TerminalNode | null;
    EXIST_SQUARE_BRACKET(): antlr.TerminalNode | null;
    EXPAND(): antlr.TerminalNode | null;
    EXPIRY_DATE(): antlr.TerminalNode | null;
    EXPLICIT(): antlr.TerminalNode | null;
    EXTENDED_LOGICAL_CHECKS(): antlr.TerminalNode | null;
    FAIL_OPERATION(): antlr.TerminalNode | null;
    FAILOVER_MODE(): antlr.TerminalNode | null;
    FAILURE(): antlr.TerminalNode | null;
    FAILURE_CONDITION_LEVEL(): antlr.TerminalNode | null;
    FAST(): antlr.TerminalNode | null;
    FAST_FORWARD(): antlr.TerminalNode | null;
    FILE_ID(): antlr.TerminalNode | null;
    FILE_IDEX(): antlr.TerminalNode | null;
    FILE_NAME(): antlr.TerminalNode | null;
    FILEGROUP(): antlr.TerminalNode | null;
    FILEGROUP_ID(): antlr.TerminalNode | null;
    FILEGROUP_NAME(): antlr.TerminalNode | null;
    FILEGROUPPROPERTY(): antlr.TerminalNode | null;
    FILEGROWTH(): antlr.TerminalNode | null;
    FILENAME(): antlr.TerminalNode | null;
    FILEPATH(): antlr.TerminalNode | null;
    FILEPROPERTY(): antlr.TerminalNode | null;
    FILEPROPERTYEX(): antlr.TerminalNode | null;
    FILESTREAM(): antlr.TerminalNode | null;
    FILTER(): antlr.TerminalNode | null;
    FIRST(): antlr.TerminalNode | null;
    FIRST_VALUE(): antlr.TerminalNode | null;
    FMTONLY(): antlr.TerminalNode | null;
    FOLLOWING(): antlr.TerminalNode | null;
    FORCE(): antlr.TerminalNode | null;
    FORCE_FAILOVER_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    FORCED(): antlr.TerminalNode | null;
    FORCEPLAN(): antlr.TerminalNode | null;
    FORCESCAN(): antlr.TerminalNode | null;
    FORMAT(): antlr.TerminalNode | null;
    FORWARD_ONLY(): antlr.TerminalNode | null;
    FREE(): antlr.TerminalNode | null;
    FULLSCAN(): antlr.TerminalNode | null;
    FULLTEXT(): antlr.TerminalNode | null;
    FULLTEXTCATALOGPROPERTY(): antlr.TerminalNode | null;
    FULLTEXTSERVICEPROPERTY(): antlr.TerminalNode | null;
    GB(): antlr.TerminalNode | null;
    GENERATED(): antlr.TerminalNode | null;
    GETDATE(): antlr.TerminalNode | null;
    GETUTCDATE(): antlr.TerminalNode | null;
    GLOBAL(): antlr.TerminalNode | null;
    GO(): antlr.TerminalNode | null;
    GREATEST(): antlr.TerminalNode | null;
    GROUP_MAX_REQUESTS(): antlr.TerminalNode | null;
    GROUPING(): antlr.TerminalNode | null;
    GROUPING_ID(): antlr.TerminalNode | null;
    HADR(): antlr.TerminalNode | null;
    HAS_DBACCESS(): antlr.TerminalNode | null;
    HAS_PERMS_BY_NAME(): antlr.TerminalNode | null;
    HASH(): antlr.TerminalNode | null;
    HEALTH_CHECK_TIMEOUT(): antlr.TerminalNode | null;
    HIDDEN_KEYWORD(): antlr.TerminalNode | null;
    HIGH(): antlr.TerminalNode | null;
    HONOR_BROKER_PRIORITY(): antlr.TerminalNode | null;
    HOURS(): antlr.TerminalNode | null;
    IDENT_CURRENT(): antlr.TerminalNode | null;
    IDENT_INCR(): antlr.TerminalNode | null;
    IDENT_SEED(): antlr.TerminalNode | null;
    IDENTITY_VALUE(): antlr.TerminalNode | null;
    IGNORE_CONSTRAINTS(): antlr.TerminalNode | null;
    IGNORE_DUP_KEY(): antlr.TerminalNode | null;
    IGNORE_NONCLUSTERED_COLUMNSTORE_INDEX(): antlr.TerminalNode | null;
    IGNORE_REPLICATED_TABLE_CACHE(): antlr.TerminalNode | null;
    IGNORE_TRIGGERS(): antlr.TerminalNode | null;
    IMMEDIATE(): antlr.TerminalNode | null;
    IMPERSONATE(): antlr.TerminalNode | null;
    IMPLICIT_TRANSACTIONS(): antlr.TerminalNode | null;
    IMPORTANCE(): antlr.TerminalNode | null;
    INCLUDE_NULL_VALUES(): antlr.TerminalNode | null;
    INCREMENTAL(): antlr.TerminalNode | null;
    INDEX_COL(): antlr.TerminalNode | null;
    INDEXKEY_PROPERTY(): antlr.TerminalNode | null;
    INDEXPROPERTY(): antlr.TerminalNode | null;
    INITIATOR(): antlr.TerminalNode | null;
    INPUT(): antlr.TerminalNode | null;
    INSENSITIVE(): antlr.TerminalNode | null;
    INSERTED(): antlr.TerminalNode | null;
    INT(): antlr.TerminalNode | null;
    IP(): antlr.TerminalNode | null;
    IS_MEMBER(): antlr.TerminalNode | null;
    IS_ROLEMEMBER(): antlr.TerminalNode | null;
    IS_SRVROLEMEMBER(): antlr.TerminalNode | null;
    ISJSON(): antlr.TerminalNode | null;
    ISOLATION(): antlr.TerminalNode | null;
    JOB(): antlr.TerminalNode | null;
    JSON(): antlr.TerminalNode | null;
    JSON_OBJECT(): antlr.TerminalNode | null;
    JSON_ARRAY(): antlr.TerminalNode | null;
    JSON_VALUE(): antlr.TerminalNode | null;
    JSON_QUERY(): antlr.TerminalNode | null;
    JSON_MODIFY(): antlr.TerminalNode | null;
    JSON_PATH_EXISTS(): antlr.TerminalNode | null;
    KB(): antlr.TerminalNode | null;
    KEEP(): antlr.TerminalNode | null;
    KEEPDEFAULTS(): antlr.TerminalNode | null;
    KEEPFIXED(): antlr.TerminalNode | null;
    KEEPIDENTITY(): antlr.TerminalNode | null;
    KEY_SOURCE(): antlr.TerminalNode | null;
    KEYS(): antlr.TerminalNode | null;
    KEYSET(): antlr.TerminalNode | null;
    LAG(): antlr.TerminalNode | null;
    LAST(): antlr.TerminalNode | null;
    LAST_VALUE(): antlr.TerminalNode | null;
    LEAD(): antlr.TerminalNode | null;
    LEAST(): antlr.TerminalNode | null;
    LEN(): antlr.TerminalNode | null;
    LEVEL(): antlr.TerminalNode | null;
    LIST(): antlr.TerminalNode | null;
    LISTENER(): antlr.TerminalNode | null;
    LISTENER_URL(): antlr.TerminalNode | null;
    LOB_COMPACTION(): antlr.TerminalNode | null;
    LOCAL(): antlr.TerminalNode | null;
    LOCATION(): antlr.TerminalNode | null;
    LOCK(): antlr.TerminalNode | null;
    LOCK_ESCALATION(): antlr.TerminalNode | null;
    LOGIN(): antlr.TerminalNode | null;
    LOGINPROPERTY(): antlr.TerminalNode | null;
    LOOP(): antlr.TerminalNode | null;
    LOW(): antlr.TerminalNode | null;
    LOWER(): antlr.TerminalNode | null;
    LTRIM(): antlr.TerminalNode | null;
    MANUAL(): antlr.TerminalNode | null;
    MARK(): antlr.TerminalNode | null;
    MASKED(): antlr.TerminalNode | null;
    MATERIALIZED(): antlr.TerminalNode | null;
    MAX(): antlr.TerminalNode | null;
    MAX_CPU_PERCENT(): antlr.TerminalNode | null;
    MAX_DOP(): antlr.TerminalNode | null;
    MAX_FILES(): antlr.TerminalNode | null;
    MAX_IOPS_PER_VOLUME(): antlr.TerminalNode | null;
    MAX_MEMORY_PERCENT(): antlr.TerminalNode | null;
    MAX_PROCESSES(): antlr.TerminalNode | null;
    MAX_QUEUE_READERS(): antlr.TerminalNode | null;
    MAX_ROLLOVER_FILES(): antlr.TerminalNode | null;
    MAXDOP(): antlr.TerminalNode | null;
    MAXRECURSION(): antlr.TerminalNode | null;
    MAXSIZE(): antlr.TerminalNode | null;
    MB(): antlr.TerminalNode | null;
    MEDIUM(): antlr.TerminalNode | null;
    MEMORY_OPTIMIZED_DATA(): antlr.TerminalNode | null;
    MESSAGE(): antlr.TerminalNode | null;
    MIN(): antlr.TerminalNode | null;
    MIN_ACTIVE_ROWVERSION(): antlr.TerminalNode | null;
    MIN_CPU_PERCENT(): antlr.TerminalNode | null;
    MIN_IOPS_PER_VOLUME(): antlr.TerminalNode | null;
    MIN_MEMORY_PERCENT(): antlr.TerminalNode | null;
    MINUTES(): antlr.TerminalNode | null;
    MIRROR_ADDRESS(): antlr.TerminalNode | null;
    MIXED_PAGE_ALLOCATION(): antlr.TerminalNode | null;
    MODE(): antlr.TerminalNode | null;
    MODIFY(): antlr.TerminalNode | null;
    MODIFY_SQUARE_BRACKET(): antlr.TerminalNode | null;
    MOVE(): antlr.TerminalNode | null;
    MULTI_USER(): antlr.TerminalNode | null;
    NAME(): antlr.TerminalNode | null;
    NCHAR(): antlr.TerminalNode | null;
    NESTED_TRIGGERS(): antlr.TerminalNode | null;
    NEW_ACCOUNT(): antlr.TerminalNode | null;
    NEW_BROKER(): antlr.TerminalNode | null;
    NEW_PASSWORD(): antlr.TerminalNode | null;
    NEWNAME(): antlr.TerminalNode | null;
    NEXT(): antlr.TerminalNode | null;
    NO(): antlr.TerminalNode | null;
    NO_INFOMSGS(): antlr.TerminalNode | null;
    NO_QUERYSTORE(): antlr.TerminalNode | null;
    NO_STATISTICS(): antlr.TerminalNode | null;
    NO_TRUNCATE(): antlr.TerminalNode | null;
    NO_WAIT(): antlr.TerminalNode | null;
    NOCOUNT(): antlr.TerminalNode | null;
    NODES(): antlr.TerminalNode | null;
    NOEXEC(): antlr.TerminalNode | null;
    NOEXPAND(): antlr.TerminalNode | null;
    NOINDEX(): antlr.TerminalNode | null;
    NOLOCK(): antlr.TerminalNode | null;
    NON_TRANSACTED_ACCESS(): antlr.TerminalNode | null;
    NORECOMPUTE(): antlr.TerminalNode | null;
    NORECOVERY(): antlr.TerminalNode | null;
    NOTIFICATIONS(): antlr.TerminalNode | null;
    NOWAIT(): antlr.TerminalNode | null;
    NTILE(): antlr.TerminalNode | null;
    NULL_DOUBLE_QUOTE(): antlr.TerminalNode | null;
    NUMANODE(): antlr.TerminalNode | null;
    NUMBER(): antlr.TerminalNode | null;
    NUMERIC_ROUNDABORT(): antlr.TerminalNode | null;
    OBJECT(): antlr.TerminalNode | null;
    OBJECT_DEFINITION(): antlr.TerminalNode | null;
    OBJECT_ID(): antlr.TerminalNode | null;
    OBJECT_NAME(): antlr.TerminalNode | null;
    OBJECT_SCHEMA_NAME(): antlr.TerminalNode | null;
    OBJECTPROPERTY(): antlr.TerminalNode | null;
    OBJECTPROPERTYEX(): antlr.TerminalNode | null;
    OFFLINE(): antlr.TerminalNode | null;
    OFFSET(): antlr.TerminalNode | null;
    OLD_ACCOUNT(): antlr.TerminalNode | null;
    ONLINE(): antlr.TerminalNode | null;
    ONLY(): antlr.TerminalNode | null;
    OPEN_EXISTING(): antlr.TerminalNode | null;
    OPENJSON(): antlr.TerminalNode | null;
    OPTIMISTIC(): antlr.TerminalNode | null;
    OPTIMIZE(): antlr.TerminalNode | null;
    OPTIMIZE_FOR_SEQUENTIAL_KEY(): antlr.TerminalNode | null;
    ORIGINAL_DB_NAME(): antlr.TerminalNode | null;
    ORIGINAL_LOGIN(): antlr.TerminalNode | null;
    OUT(): antlr.TerminalNode | null;
    OUTPUT(): antlr.TerminalNode | null;
    OVERRIDE(): antlr.TerminalNode | null;
    OWNER(): antlr.TerminalNode | null;
    OWNERSHIP(): antlr.TerminalNode | null;
    PAD_INDEX(): antlr.TerminalNode | null;
    PAGE_VERIFY(): antlr.TerminalNode | null;
    PAGECOUNT(): antlr.TerminalNode | null;
    PAGLOCK(): antlr.TerminalNode | null;
    PARAMETERIZATION(): antlr.TerminalNode | null;
    PARSENAME(): antlr.TerminalNode | null;
    PARSEONLY(): antlr.TerminalNode | null;
    PARTITION(): antlr.TerminalNode | null;
    PARTITIONS(): antlr.TerminalNode | null;
    PARTNER(): antlr.TerminalNode | null;
    PATH(): antlr.TerminalNode | null;
    PATINDEX(): antlr.TerminalNode | null;
    PAUSE(): antlr.TerminalNode | null;
    PDW_SHOWSPACEUSED(): antlr.TerminalNode | null;
    PERCENT_RANK(): antlr.TerminalNode | null;
    PERCENTILE_CONT(): antlr.TerminalNode | null;
    PERCENTILE_DISC(): antlr.TerminalNode | null;
    PERMISSIONS(): antlr.TerminalNode | null;
    PERSIST_SAMPLE_PERCENT(): antlr.TerminalNode | null;
    PHYSICAL_ONLY(): antlr.TerminalNode | null;
    POISON_MESSAGE_HANDLING(): antlr.TerminalNode | null;
    POOL(): antlr.TerminalNode | null;
    PORT(): antlr.TerminalNode | null;
    PRECEDING(): antlr.TerminalNode | null;
    PRIMARY_ROLE(): antlr.TerminalNode | null;
    PRIOR(): antlr.TerminalNode | null;
    PRIORITY(): antlr.TerminalNode | null;
    PRIORITY_LEVEL(): antlr.TerminalNode | null;
    PRIVATE(): antlr.TerminalNode | null;
    PRIVATE_KEY(): antlr.TerminalNode | null;
    PRIVILEGES(): antlr.TerminalNode | null;
    PROCCACHE(): antlr.TerminalNode | null;
    PROCEDURE_NAME(): antlr.TerminalNode | null;
    PROPERTY(): antlr.TerminalNode | null;
    PROVIDER(): antlr.TerminalNode | null;
    PROVIDER_KEY_NAME(): antlr.TerminalNode | null;
    PWDCOMPARE(): antlr.TerminalNode | null;
    PWDENCRYPT(): antlr.TerminalNode | null;
    QUERY(): antlr.TerminalNode | null;
    QUERY_SQUARE_BRACKET(): antlr.TerminalNode | null;
    QUEUE(): antlr.TerminalNode | null;
    QUEUE_DELAY(): antlr.TerminalNode | null;
    QUOTED_IDENTIFIER(): antlr.TerminalNode | null;
    QUOTENAME(): antlr.TerminalNode | null;
    RANDOMIZED(): antlr.TerminalNode | null;
    RANGE(): antlr.TerminalNode | null;
    RANK(): antlr.TerminalNode | null;
    RC2(): antlr.TerminalNode | null;
    RC4(): antlr.TerminalNode | null;
    RC4_128(): antlr.TerminalNode | null;
    READ_COMMITTED_SNAPSHOT(): antlr.TerminalNode | null;
    READ_ONLY(): antlr.TerminalNode | null;
    READ_ONLY_ROUTING_LIST(): antlr.TerminalNode | null;
    READ_WRITE(): antlr.TerminalNode | null;
    READCOMMITTED(): antlr.TerminalNode | null;
    READCOMMITTEDLOCK(): antlr.TerminalNode | null;
    READONLY(): antlr.TerminalNode | null;
    READPAST(): antlr.TerminalNode | null;
    READUNCOMMITTED(): antlr.TerminalNode | null;
    READWRITE(): antlr.TerminalNode | null;
    REBUILD(): antlr.TerminalNode | null;
    RECEIVE(): antlr.TerminalNode | null;
    RECOMPILE(): antlr.TerminalNode | null;
    RECOVERY(): antlr.TerminalNode | null;
    RECURSIVE_TRIGGERS(): antlr.TerminalNode | null;
    RELATIVE(): antlr.TerminalNode | null;
    REMOTE(): antlr.TerminalNode | null;
    REMOTE_PROC_TRANSACTIONS(): antlr.TerminalNode | null;
    REMOTE_SERVICE_NAME(): antlr.TerminalNode | null;
    REMOVE(): antlr.TerminalNode | null;
    REORGANIZE(): antlr.TerminalNode | null;
    REPAIR_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    REPAIR_FAST(): antlr.TerminalNode | null;
    REPAIR_REBUILD(): antlr.TerminalNode | null;
    REPEATABLE(): antlr.TerminalNode | null;
    REPEATABLEREAD(): antlr.TerminalNode | null;
    REPLACE(): antlr.TerminalNode | null;
    REPLICA(): antlr.TerminalNode | null;
    REPLICATE(): antlr.TerminalNode | null;
    REQUEST_MAX_CPU_TIME_SEC(): antlr.TerminalNode | null;
    REQUEST_MAX_MEMORY_GRANT_PERCENT(): antlr.TerminalNode | null;
    REQUEST_MEMORY_GRANT_TIMEOUT_SEC(): antlr.TerminalNode | null;
    REQUIRED_SYNCHRONIZED_SECONDARIES_TO_COMMIT(): antlr.TerminalNode | null;
    RESAMPLE(): antlr.TerminalNode | null;
    RESERVE_DISK_SPACE(): antlr.TerminalNode | null;
    RESOURCE(): antlr.TerminalNode | null;
    RESOURCE_MANAGER_LOCATION(): antlr.TerminalNode | null;
    RESTRICTED_USER(): antlr.TerminalNode | null;
    RESUMABLE(): antlr.TerminalNode | null;
    RETENTION(): antlr.TerminalNode | null;
    REVERSE(): antlr.TerminalNode | null;
    ROBUST(): antlr.TerminalNode | null;
    ROOT(): antlr.TerminalNode | null;
    ROUTE(): antlr.TerminalNode | null;
    ROW(): antlr.TerminalNode | null;
    ROW_NUMBER(): antlr.TerminalNode | null;
    ROWGUID(): antlr.TerminalNode | null;
    ROWLOCK(): antlr.TerminalNode | null;
    ROWS(): antlr.TerminalNode | null;
    RTRIM(): antlr.TerminalNode | null;
    SAMPLE(): antlr.TerminalNode | null;
    SCHEMA_ID(): antlr.TerminalNode | null;
    SCHEMA_NAME(): antlr.TerminalNode | null;
    SCHEMABINDING(): antlr.TerminalNode | null;
    SCOPE_IDENTITY(): antlr.TerminalNode | null;
    SCOPED(): antlr.TerminalNode | null;
    SCROLL(): antlr.TerminalNode | null;
    SCROLL_LOCKS(): antlr.TerminalNode | null;
    SEARCH(): antlr.TerminalNode | null;
    SECONDARY(): antlr.TerminalNode | null;
    SECONDARY_ONLY(): antlr.TerminalNode | null;
    SECONDARY_ROLE(): antlr.TerminalNode | null;
    SECONDS(): antlr.TerminalNode | null;
    SECRET(): antlr.TerminalNode | null;
    SECURABLES(): antlr.TerminalNode | null;
    SECURITY(): antlr.TerminalNode | null;
    SECURITY_LOG(): antlr.TerminalNode | null;
    SEEDING_MODE(): antlr.TerminalNode | null;
    SELF(): antlr.TerminalNode | null;
    SEMI_SENSITIVE(): antlr.TerminalNode | null;
    SEND(): antlr.TerminalNode | null;
    SENT(): antlr.TerminalNode | null;
    SEQUENCE(): antlr.TerminalNode | null;
    SEQUENCE_NUMBER(): antlr.TerminalNode | null;
    SERIALIZABLE(): antlr.TerminalNode | null;
    SERVERPROPERTY(): antlr.TerminalNode | null;
    SERVICEBROKER(): antlr.TerminalNode | null;
    SESSIONPROPERTY(): antlr.TerminalNode | null;
    SESSION_TIMEOUT(): antlr.TerminalNode | null;
    SETERROR(): antlr.TerminalNode | null;
    SHARE(): antlr.TerminalNode | null;
    SHARED(): antlr.TerminalNode | null;
    SHOWCONTIG(): antlr.TerminalNode | null;
    SHOWPLAN(): antlr.TerminalNode | null;
    SHOWPLAN_ALL(): antlr.TerminalNode | null;
    SHOWPLAN_TEXT(): antlr.TerminalNode | null;
    SHOWPLAN_XML(): antlr.TerminalNode | null;
    SIGNATURE(): antlr.TerminalNode | null;
    SIMPLE(): antlr.TerminalNode | null;
    SINGLE_USER(): antlr.TerminalNode | null;
    SIZE(): antlr.TerminalNode | null;
    SMALLINT(): antlr.TerminalNode | null;
    SNAPSHOT(): antlr.TerminalNode | null;
    SORT_IN_TEMPDB(): antlr.TerminalNode | null;
    SOUNDEX(): antlr.TerminalNode | null;
    SPACE_KEYWORD(): antlr.TerminalNode | null;
    SPARSE(): antlr.TerminalNode | null;
    SPATIAL_WINDOW_MAX_CELLS(): antlr.TerminalNode | null;
    SQL_VARIANT_PROPERTY(): antlr.TerminalNode | null;
    STANDBY(): antlr.TerminalNode | null;
    START_DATE(): antlr.TerminalNode | null;
    STATIC(): antlr.TerminalNode | null;
    STATISTICS_INCREMENTAL(): antlr.TerminalNode | null;
    STATISTICS_NORECOMPUTE(): antlr.TerminalNode | null;
    STATS_DATE(): antlr.TerminalNode | null;
    STATS_STREAM(): antlr.TerminalNode | null;
    STATUS(): antlr.TerminalNode | null;
    STATUSONLY(): antlr.TerminalNode | null;
    STDEV(): antlr.TerminalNode | null;
    STDEVP(): antlr.TerminalNode | null;
    STOPLIST(): antlr.TerminalNode | null;
    STR(): antlr.TerminalNode | null;
    STRING_AGG(): antlr.TerminalNode | null;
    STRING_ESCAPE(): antlr.TerminalNode | null;
    STUFF(): antlr.TerminalNode | null;
    SUBJECT(): antlr.TerminalNode | null;
    SUBSCRIBE(): antlr.TerminalNode | null;
    SUBSCRIPTION(): antlr.TerminalNode | null;
    SUBSTRING(): antlr.TerminalNode | null;
    SUM(): antlr.TerminalNode | null;
    SUSER_ID(): antlr.TerminalNode | null;
    SUSER_NAME(): antlr.TerminalNode | null;
    SUSER_SID(): antlr.TerminalNode | null;
    SUSER_SNAME(): antlr.TerminalNode | null;
    SUSPEND(): antlr.TerminalNode | null;
    SYMMETRIC(): antlr.TerminalNode | null;
    SYNCHRONOUS_COMMIT(): antlr.TerminalNode | null;
    SYNONYM(): antlr.TerminalNode | null;
    SYSTEM(): antlr.TerminalNode | null;
    TABLERESULTS(): antlr.TerminalNode | null;
    TABLOCK(): antlr.TerminalNode | null;
    TABLOCKX(): antlr.TerminalNode | null;
    TAKE(): antlr.TerminalNode | null;
    TARGET_RECOVERY_TIME(): antlr.TerminalNode | null;
    TB(): antlr.TerminalNode | null;
    TEXTIMAGE_ON(): antlr.TerminalNode | null;
    THROW(): antlr.TerminalNode | null;
    TIES(): antlr.TerminalNode | null;
    TIME(): antlr.TerminalNode | null;
    TIMEOUT(): antlr.TerminalNode | null;
    TIMER(): antlr.TerminalNode | null;
    TINYINT(): antlr.TerminalNode | null;
    TORN_PAGE_DETECTION(): antlr.TerminalNode | null;
    TRACKING(): antlr.TerminalNode | null;
    TRANSACTION_ID(): antlr.TerminalNode | null;
    TRANSFORM_NOISE_WORDS(): antlr.TerminalNode | null;
    TRANSLATE(): antlr.TerminalNode | null;
    TRIM(): antlr.TerminalNode | null;
    TRIPLE_DES(): antlr.TerminalNode | null;
    TRIPLE_DES_3KEY(): antlr.TerminalNode | null;
    TRUSTWORTHY(): antlr.TerminalNode | null;
    TRY(): antlr.TerminalNode | null;
    TSQL(): antlr.TerminalNode | null;
    TWO_DIGIT_YEAR_CUTOFF(): antlr.TerminalNode | null;
    TYPE(): antlr.TerminalNode | null;
    TYPE_ID(): antlr.TerminalNode | null;
    TYPE_NAME(): antlr.TerminalNode | null;
    TYPE_WARNING(): antlr.TerminalNode | null;
    TYPEPROPERTY(): antlr.TerminalNode | null;
    UNBOUNDED(): antlr.TerminalNode | null;
    UNCOMMITTED(): antlr.TerminalNode | null;
    UNICODE(): antlr.TerminalNode | null;
    UNKNOWN(): antlr.TerminalNode | null;
    UNLIMITED(): antlr.TerminalNode | null;
    UNMASK(): antlr.TerminalNode | null;
    UOW(): antlr.TerminalNode | null;
    UPDLOCK(): antlr.TerminalNode | null;
    UPPER(): antlr.TerminalNode | null;
    USER_ID(): antlr.TerminalNode | null;
    USER_NAME(): antlr.TerminalNode | null;
    USING(): antlr.TerminalNode | null;
    VALID_XML(): antlr.TerminalNode | null;
    VALIDATION(): antlr.TerminalNode | null;
    VALUE(): antlr.TerminalNode | null;
    VALUE_SQUARE_BRACKET(): antlr.TerminalNode | null;
    VAR(): antlr.TerminalNode | null;
    VARBINARY_KEYWORD(): antlr.TerminalNode | null;
    VARP(): antlr.TerminalNode | null;
    VERIFY_CLONEDB(): antlr.TerminalNode | null;
    VERSION(): antlr.TerminalNode | null;
    VIEW_METADATA(): antlr.TerminalNode | null;
    VIEWS(): antlr.TerminalNode | null;
    WAIT(): antlr.TerminalNode | null;
    WELL_FORMED_XML(): antlr.TerminalNode | null;
    WITHOUT_ARRAY_WRAPPER(): antlr.TerminalNode | null;
    WORK(): antlr.TerminalNode | null;
    WORKLOAD(): antlr.TerminalNode | null;
    XLOCK(): antlr.TerminalNode | null;
    XML(): antlr.TerminalNode | null;
    XML_COMPRESSION(): antlr.TerminalNode | null;
    XMLDATA(): antlr.TerminalNode | null;
    XMLNAMESPACES(): antlr.TerminalNode | null;
    XMLSCHEMA(): antlr.TerminalNode | null;
    XSINIL(): antlr.TerminalNode | null;
    ZONE(): antlr.TerminalNode | null;
    ABORT_AFTER_WAIT(): antlr.TerminalNode | null;
    ABSENT(): antlr.TerminalNode | null;
    ADMINISTER(): antlr.TerminalNode | null;
    AES(): antlr.TerminalNode | null;
    ALLOW_CONNECTIONS(): antlr.TerminalNode | null;
    ALLOW_MULTIPLE_EVENT_LOSS(): antlr.TerminalNode | null;
    ALLOW_SINGLE_EVENT_LOSS(): antlr.TerminalNode | null;
    ANONYMOUS(): antlr.TerminalNode | null;
    APPEND(): antlr.TerminalNode | null;
    APPLICATION(): antlr.TerminalNode | null;
    ASYMMETRIC(): antlr.TerminalNode | null;
    ASYNCHRONOUS_COMMIT(): antlr.TerminalNode | null;
    AUTHENTICATE(): antlr.TerminalNode | null;
    AUTHENTICATION(): antlr.TerminalNode | null;
    AUTOMATED_BACKUP_PREFERENCE(): antlr.TerminalNode | null;
    AUTOMATIC(): antlr.TerminalNode | null;
    AVAILABILITY_MODE(): antlr.TerminalNode | null;
    BEFORE(): antlr.TerminalNode | null;
    BLOCK(): antlr.TerminalNode | null;
    BLOCKERS(): antlr.TerminalNode | null;
    BLOCKSIZE(): antlr.TerminalNode | null;
    BLOCKING_HIERARCHY(): antlr.TerminalNode | null;
    BUFFER(): antlr.TerminalNode | null;
    BUFFERCOUNT(): antlr.TerminalNode | null;
    CACHE(): antlr.TerminalNode | null;
    CALLED(): antlr.TerminalNode | null;
    CERTIFICATE(): antlr.TerminalNode | null;
    CHANGETABLE(): antlr.TerminalNode | null;
    CHANGES(): antlr.TerminalNode | null;
    CHECK_POLICY(): antlr.TerminalNode | null;
    CHECK_EXPIRATION(): antlr.TerminalNode | null;
    CLASSIFIER_FUNCTION(): antlr.TerminalNode | null;
    CLUSTER(): antlr.TerminalNode | null;
    COMPRESS(): antlr.TerminalNode | null;
    COMPRESSION(): antlr.TerminalNode | null;
    CONNECT(): antlr.TerminalNode | null;
    CONNECTION(): antlr.TerminalNode | null;
    CONFIGURATION(): antlr.TerminalNode | null;
    CONNECTIONPROPERTY(): antlr.TerminalNode | null;
    CONTAINMENT(): antlr.TerminalNode | null;
    CONTEXT(): antlr.TerminalNode | null;
    CONTEXT_INFO(): antlr.TerminalNode | null;
    CONTINUE_AFTER_ERROR(): antlr.TerminalNode | null;
    CONTRACT(): antlr.TerminalNode | null;
    CONTRACT_NAME(): antlr.TerminalNode | null;
    CONVERSATION(): antlr.TerminalNode | null;
    COPY_ONLY(): antlr.TerminalNode | null;
    CURRENT_REQUEST_ID(): antlr.TerminalNode | null;
    CURRENT_TRANSACTION_ID(): antlr.TerminalNode | null;
    CYCLE(): antlr.TerminalNode | null;
    DATA_COMPRESSION(): antlr.TerminalNode | null;
    DATA_SOURCE(): antlr.TerminalNode | null;
    DATABASE_MIRRORING(): antlr.TerminalNode | null;
    DATASPACE(): antlr.TerminalNode | null;
    DDL(): antlr.TerminalNode | null;
    DECOMPRESS(): antlr.TerminalNode | null;
    DEFAULT_DATABASE(): antlr.TerminalNode | null;
    DEFAULT_SCHEMA(): antlr.TerminalNode | null;
    DIAGNOSTICS(): antlr.TerminalNode | null;
    DIFFERENTIAL(): antlr.TerminalNode | null;
    DISTRIBUTION(): antlr.TerminalNode | null;
    DTC_SUPPORT(): antlr.TerminalNode | null;
    ENABLED(): antlr.TerminalNode | null;
    ENDPOINT(): antlr.TerminalNode | null;
    ERROR(): antlr.TerminalNode | null;
    ERROR_LINE(): antlr.TerminalNode | null;
    ERROR_MESSAGE(): antlr.TerminalNode | null;
    ERROR_NUMBER(): antlr.TerminalNode | null;
    ERROR_PROCEDURE(): antlr.TerminalNode | null;
    ERROR_SEVERITY(): antlr.TerminalNode | null;
    ERROR_STATE(): antlr.TerminalNode | null;
    EVENT(): antlr.TerminalNode | null;
    EVENTDATA(): antlr.TerminalNode | null;
    EVENT_RETENTION_MODE(): antlr.TerminalNode | null;
    EXECUTABLE_FILE(): antlr.TerminalNode | null;
    EXPIREDATE(): antlr.TerminalNode | null;
    EXTENSION(): antlr.TerminalNode | null;
    EXTERNAL_ACCESS(): antlr.TerminalNode | null;
    FAILOVER(): antlr.TerminalNode | null;
    FAILURECONDITIONLEVEL(): antlr.TerminalNode | null;
    FAN_IN(): antlr.TerminalNode | null;
    FILE_SNAPSHOT(): antlr.TerminalNode | null;
    FORCESEEK(): antlr.TerminalNode | null;
    FORCE_SERVICE_ALLOW_DATA_LOSS(): antlr.TerminalNode | null;
    FORMATMESSAGE(): antlr.TerminalNode | null;
    GET(): antlr.TerminalNode | null;
    GET_FILESTREAM_TRANSACTION_CONTEXT(): antlr.TerminalNode | null;
    GETANCESTOR(): antlr.TerminalNode | null;
    GETANSINULL(): antlr.TerminalNode | null;
    GETDESCENDANT(): antlr.TerminalNode | null;
    GETLEVEL(): antlr.TerminalNode | null;
    GETREPARENTEDVALUE(): antlr.TerminalNode | null;
    GETROOT(): antlr.TerminalNode | null;
    GOVERNOR(): antlr.TerminalNode | null;
    HASHED(): antlr.TerminalNode | null;
    HEALTHCHECKTIMEOUT(): antlr.TerminalNode | null;
    HEAP(): antlr.TerminalNode | null;
    HIERARCHYID(): antlr.TerminalNode | null;
    HOST_ID(): antlr.TerminalNode | null;
    HOST_NAME(): antlr.TerminalNode | null;
    IIF(): antlr.TerminalNode | null;
    IO(): antlr.TerminalNode | null;
    INCLUDE(): antlr.TerminalNode | null;
    INCREMENT(): antlr.TerminalNode | null;
    INFINITE(): antlr.TerminalNode | null;
    INIT(): antlr.TerminalNode | null;
    INSTEAD(): antlr.TerminalNode | null;
    ISDESCENDANTOF(): antlr.TerminalNode | null;
    ISNULL(): antlr.TerminalNode | null;
    ISNUMERIC(): antlr.TerminalNode | null;
    KERBEROS(): antlr.TerminalNode | null;
    KEY_PATH(): antlr.TerminalNode | null;
    KEY_STORE_PROVIDER_NAME(): antlr.TerminalNode | null;
    LANGUAGE(): antlr.TerminalNode | null;
    LIBRARY(): antlr.TerminalNode | null;
    LIFETIME(): antlr.TerminalNode | null;
    LINKED(): antlr.TerminalNode | null;
    LINUX(): antlr.TerminalNode | null;
    LISTENER_IP(): antlr.TerminalNode | null;
    LISTENER_PORT(): antlr.TerminalNode | null;
    LOCAL_SERVICE_NAME(): antlr.TerminalNode | null;
    LOG(): antlr.TerminalNode | null;
    MASK(): antlr.TerminalNode | null;
    MATCHED(): antlr.TerminalNode | null;
    MASTER(): antlr.TerminalNode | null;
    MAX_MEMORY(): antlr.TerminalNode | null;
    MAXTRANSFER(): antlr.TerminalNode | null;
    MAXVALUE(): antlr.TerminalNode | null;
    MAX_DISPATCH_LATENCY(): antlr.TerminalNode | null;
    MAX_DURATION(): antlr.TerminalNode | null;
    MAX_EVENT_SIZE(): antlr.TerminalNode | null;
    MAX_SIZE(): antlr.TerminalNode | null;
    MAX_OUTSTANDING_IO_PER_VOLUME(): antlr.TerminalNode | null;
    MEDIADESCRIPTION(): antlr.TerminalNode | null;
    MEDIANAME(): antlr.TerminalNode | null;
    MEMBER(): antlr.TerminalNode | null;
    MEMORY_PARTITION_MODE(): antlr.TerminalNode | null;
    MESSAGE_FORWARDING(): antlr.TerminalNode | null;
    MESSAGE_FORWARD_SIZE(): antlr.TerminalNode | null;
    MINVALUE(): antlr.TerminalNode | null;
    MIRROR(): antlr.TerminalNode | null;
    MUST_CHANGE(): antlr.TerminalNode | null;
    NEWID(): antlr.TerminalNode | null;
    NEWSEQUENTIALID(): antlr.TerminalNode | null;
    NOFORMAT(): antlr.TerminalNode | null;
    NOINIT(): antlr.TerminalNode | null;
    NONE(): antlr.TerminalNode | null;
    NOREWIND(): antlr.TerminalNode | null;
    NOSKIP(): antlr.TerminalNode | null;
    NOUNLOAD(): antlr.TerminalNode | null;
    NO_CHECKSUM(): antlr.TerminalNode | null;
    NO_COMPRESSION(): antlr.TerminalNode | null;
    NO_EVENT_LOSS(): antlr.TerminalNode | null;
    NOTIFICATION(): antlr.TerminalNode | null;
    NTLM(): antlr.TerminalNode | null;
    OLD_PASSWORD(): antlr.TerminalNode | null;
    ON_FAILURE(): antlr.TerminalNode | null;
    OPERATIONS(): antlr.TerminalNode | null;
    PAGE(): antlr.TerminalNode | null;
    PARAM_NODE(): antlr.TerminalNode | null;
    PARTIAL(): antlr.TerminalNode | null;
    PASSWORD(): antlr.TerminalNode | null;
    PERMISSION_SET(): antlr.TerminalNode | null;
    PER_CPU(): antlr.TerminalNode | null;
    PER_DB(): antlr.TerminalNode | null;
    PER_NODE(): antlr.TerminalNode | null;
    PERSISTED(): antlr.TerminalNode | null;
    PLATFORM(): antlr.TerminalNode | null;
    POLICY(): antlr.TerminalNode | null;
    PREDICATE(): antlr.TerminalNode | null;
    PROCESS(): antlr.TerminalNode | null;
    PROFILE(): antlr.TerminalNode | null;
    PYTHON(): antlr.TerminalNode | null;
    R(): antlr.TerminalNode | null;
    READ_WRITE_FILEGROUPS(): antlr.TerminalNode | null;
    REGENERATE(): antlr.TerminalNode | null;
    RELATED_CONVERSATION(): antlr.TerminalNode | null;
    RELATED_CONVERSATION_GROUP(): antlr.TerminalNode | null;
    REQUIRED(): antlr.TerminalNode | null;
    RESET(): antlr.TerminalNode | null;
    RESOURCES(): antlr.TerminalNode | null;
    RESTART(): antlr.TerminalNode | null;
    RESUME(): antlr.TerminalNode | null;
    RETAINDAYS(): antlr.TerminalNode | null;
    RETURNS(): antlr.TerminalNode | null;
    REWIND(): antlr.TerminalNode | null;
    ROLE(): antlr.TerminalNode | null;
    ROUND_ROBIN(): antlr.TerminalNode | null;
    ROWCOUNT_BIG(): antlr.TerminalNode | null;
    RSA_512(): antlr.TerminalNode | null;
    RSA_1024(): antlr.TerminalNode | null;
    RSA_2048(): antlr.TerminalNode | null;
    RSA_3072(): antlr.TerminalNode | null;
    RSA_4096(): antlr.TerminalNode | null;
    SAFETY(): antlr.TerminalNode | null;
    SAFE(): antlr.TerminalNode | null;
    SCHEDULER(): antlr.TerminalNode | null;
    SCHEME(): antlr.TerminalNode | null;
    SCRIPT(): antlr.TerminalNode | null;
    SERVER(): antlr.TerminalNode | null;
    SERVICE(): antlr.TerminalNode | null;
    SERVICE_BROKER(): antlr.TerminalNode | null;
    SERVICE_NAME(): antlr.TerminalNode | null;
    SESSION(): antlr.TerminalNode | null;
    SESSION_CONTEXT(): antlr.TerminalNode | null;
    SETTINGS(): antlr.TerminalNode | null;
    SHRINKLOG(): antlr.TerminalNode | null;
    SID(): antlr.TerminalNode | null;
    SKIP_KEYWORD(): antlr.TerminalNode | null;
    SOFTNUMA(): antlr.TerminalNode | null;
    SOURCE(): antlr.TerminalNode | null;
    SPECIFICATION(): antlr.TerminalNode | null;
    SPLIT(): antlr.TerminalNode | null;
    SQL(): antlr.TerminalNode | null;
    SQLDUMPERFLAGS(): antlr.TerminalNode | null;
    SQLDUMPERPATH(): antlr.TerminalNode | null;
    SQLDUMPERTIMEOUT(): antlr.TerminalNode | null;
    STATE(): antlr.TerminalNode | null;
    STATS(): antlr.TerminalNode | null;
    START(): antlr.TerminalNode | null;
    STARTED(): antlr.TerminalNode | null;
    STARTUP_STATE(): antlr.TerminalNode | null;
    STOP(): antlr.TerminalNode | null;
    STOPPED(): antlr.TerminalNode | null;
    STOP_ON_ERROR(): antlr.TerminalNode | null;
    SUPPORTED(): antlr.TerminalNode | null;
    SWITCH(): antlr.TerminalNode | null;
    TAPE(): antlr.TerminalNode | null;
    TARGET(): antlr.TerminalNode | null;
    TCP(): antlr.TerminalNode | null;
    TOSTRING(): antlr.TerminalNode | null;
    TRACE(): antlr.TerminalNode | null;
    TRACK_CAUSALITY(): antlr.TerminalNode | null;
    TRANSFER(): antlr.TerminalNode | null;
    UNCHECKED(): antlr.TerminalNode | null;
    UNLOCK(): antlr.TerminalNode | null;
    UNSAFE(): antlr.TerminalNode | null;
    URL(): antlr.TerminalNode | null;
    USED(): antlr.TerminalNode | null;
    VERBOSELOGGING(): antlr.TerminalNode | null;
    VISIBILITY(): antlr.TerminalNode | null;
    WAIT_AT_LOW_PRIORITY(): antlr.TerminalNode | null;
    WINDOWS(): antlr.TerminalNode | null;
    WITHOUT(): antlr.TerminalNode | null;
    WITNESS(): antlr.TerminalNode | null;
    XACT_ABORT(): antlr.TerminalNode | null;
    XACT_STATE(): antlr.TerminalNode | null;
    ABS(): antlr.TerminalNode | null;
    ACOS(): antlr.TerminalNode | null;
    ASIN(): antlr.TerminalNode | null;
    ATAN(): antlr.TerminalNode | null;
    ATN2(): antlr.TerminalNode | null;
    CEILING(): antlr.TerminalNode | null;
    COS(): antlr.TerminalNode | null;
    COT(): antlr.TerminalNode | null;
    DEGREES(): antlr.TerminalNode | null;
    EXP(): antlr.TerminalNode | null;
    FLOOR(): antlr.TerminalNode | null;
    LOG10(): antlr.TerminalNode | null;
    PI(): antlr.TerminalNode | null;
    POWER(): antlr.TerminalNode | null;
    RADIANS(): antlr.TerminalNode | null;
    RAND(): antlr.TerminalNode | null;
    ROUND(): antlr.TerminalNode | null;
    SIGN(): antlr.TerminalNode | null;
    SIN(): antlr.TerminalNode | null;
    SQRT(): antlr.TerminalNode | null;
    SQUARE(): antlr.TerminalNode | null;
    TAN(): antlr.TerminalNode | null;
    CURRENT_TIMEZONE(): antlr.TerminalNode | null;
    CURRENT_TIMEZONE_ID(): antlr.TerminalNode | null;
    DATE_BUCKET(): antlr.TerminalNode | null;
    DATEDIFF_BIG(): antlr.TerminalNode | null;
    DATEFROMPARTS(): antlr.TerminalNode | null;
    DATETIME2FROMPARTS(): antlr.TerminalNode | null;
    DATETIMEFROMPARTS(): antlr.TerminalNode | null;
    DATETIMEOFFSETFROMPARTS(): antlr.TerminalNode | null;
    DATETRUNC(): antlr.TerminalNode | null;
    DAY(): antlr.TerminalNode | null;
    EOMONTH(): antlr.TerminalNode | null;
    ISDATE(): antlr.TerminalNode | null;
    MONTH(): antlr.TerminalNode | null;
    SMALLDATETIMEFROMPARTS(): antlr.TerminalNode | null;
    SWITCHOFFSET(): antlr.TerminalNode | null;
    SYSDATETIME(): antlr.TerminalNode | null;
    SYSDATETIMEOFFSET(): antlr.TerminalNode | null;
    SYSUTCDATETIME(): antlr.TerminalNode | null;
    TIMEFROMPARTS(): antlr.TerminalNode | null;
    TODATETIMEOFFSET(): antlr.TerminalNode | null;
    YEAR(): antlr.TerminalNode | null;
    QUARTER(): antlr.TerminalNode | null;
    DAYOFYEAR(): antlr.TerminalNode | null;
    WEEK(): antlr.TerminalNode | null;
    HOUR(): antlr.TerminalNode | null;
    MINUTE(): antlr.TerminalNode | null;
    SECOND(): antlr.TerminalNode | null;
    MILLISECOND(): antlr.TerminalNode | null;
    MICROSECOND(): antlr.TerminalNode | null;
    NANOSECOND(): antlr.TerminalNode | null;
    TZOFFSET(): antlr.TerminalNode | null;
    ISO_WEEK(): antlr.TerminalNode | null;
    WEEKDAY(): antlr.TerminalNode | null;
    YEAR_ABBR(): antlr.TerminalNode | null;
    QUARTER_ABBR(): antlr.TerminalNode | null;
    MONTH_ABBR(): antlr.TerminalNode | null;
    DAYOFYEAR_ABBR(): antlr.TerminalNode | null;
    DAY_ABBR(): antlr.TerminalNode | null;
    WEEK_ABBR(): antlr.TerminalNode | null;
    HOUR_ABBR(): antlr.TerminalNode | null;
    MINUTE_ABBR(): antlr.TerminalNode | null;
    SECOND_ABBR(): antlr.TerminalNode | null;
    MILLISECOND_ABBR(): antlr.TerminalNode | null;
    MICROSECOND_ABBR(): antlr.TerminalNode | null;
    NANOSECOND_ABBR(): antlr.TerminalNode | null;
    TZOFFSET_ABBR(): antlr.TerminalNode | null;
    ISO_WEEK_ABBR(): antlr.TerminalNode | null;
    WEEKDAY_ABBR(): antlr.TerminalNode | null;
    SP_EXECUTESQL(): antlr.TerminalNode | null;
    VARCHAR(): antlr.TerminalNode | null;
    NVARCHAR(): antlr.TerminalNode | null;
    PRECISION(): antlr.TerminalNode | null;
    FILESTREAM_ON(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Id_Context extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ID(): antlr.TerminalNode | null;
    TEMP_ID(): antlr.TerminalNode | null;
    DOUBLE_QUOTE_ID(): antlr.TerminalNode | null;
    DOUBLE_QUOTE_BLANK(): antlr.TerminalNode | null;
    SQUARE_BRACKET_ID(): antlr.TerminalNode | null;
    keyword(): KeywordContext | null;
    RAW(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Simple_idContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    ID(): antlr.TerminalNode;
    get ruleIndex(): number;
}
export declare class Id_or_stringContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    id_(): Id_Context | null;
    STRING(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Comparison_operatorContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    EQUAL(): antlr.TerminalNode | null;
    GREATER(): antlr.TerminalNode | null;
    LESS(): antlr.TerminalNode | null;
    EXCLAMATION(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class Assignment_operatorContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    PLUS_ASSIGN(): antlr.TerminalNode | null;
    MINUS_ASSIGN(): antlr.TerminalNode | null;
    MULT_ASSIGN(): antlr.TerminalNode | null;
    DIV_ASSIGN(): antlr.TerminalNode | null;
    MOD_ASSIGN(): antlr.TerminalNode | null;
    AND_ASSIGN(): antlr.TerminalNode | null;
    XOR_ASSIGN(): antlr.TerminalNode | null;
    OR_ASSIGN(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
export declare class File_sizeContext extends antlr.ParserRuleContext {
    constructor(parent: antlr.ParserRuleContext | null, invokingState: number);
    DECIMAL(): antlr.TerminalNode;
    KB(): antlr.TerminalNode | null;
    MB(): antlr.TerminalNode | null;
    GB(): antlr.TerminalNode | null;
    TB(): antlr.TerminalNode | null;
    MODULE(): antlr.TerminalNode | null;
    get ruleIndex(): number;
}
