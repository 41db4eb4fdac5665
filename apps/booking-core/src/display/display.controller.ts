import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@app/common';
import { Public } from '../auth/roles.decorator';
import { TokenStore } from '../auth/token-store';
import { IdParam } from '../shared/params';
import { DisplayHub } from './display-hub';
import { DISPLAY_SCRIPT, displayPage, escapeHtml, messagePage } from './display-page';
import { DISPLAY_ROLES, DisplaySessions } from './display-session';
import { type DisplayBoard, DisplayService } from './display.service';

export class DisplaySignInForm {
  @IsString()
  @Length(1, 200)
  token!: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  next?: string;
}

export class DisplayNextQuery {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  next?: string;
}

/** Only a display page may be the target after sign-in (no open redirect). */
const DISPLAY_PATH = /^\/display\/(rooms|departments)\/\d{1,10}$/;

/**
 * R10, R12 — the waiting-room screens (decision 030): /display/rooms/:id and
 * /display/departments/:id, server-rendered and Chinese, kept live by the event stream beside
 * each (…/events). A screen is switched on with a NURSE or ADMIN token, once.
 */
@ApiExcludeController()
@Public()
@Controller('display')
export class DisplayController {
  constructor(
    private readonly display: DisplayService,
    private readonly hub: DisplayHub,
    private readonly sessions: DisplaySessions,
    private readonly tokens: TokenStore,
  ) {}

  @Get('login')
  login(@Query() q: DisplayNextQuery, @Res({ passthrough: true }) reply: FastifyReply): string {
    return html(reply, signInPage(safeNext(q.next)));
  }

  @Post('login')
  @HttpCode(200)
  signIn(@Body() form: DisplaySignInForm, @Res({ passthrough: true }) reply: FastifyReply): string {
    const next = safeNext(form.next);
    const principal = this.tokens.authenticate(form.token.trim());
    if (!principal) return html(reply.code(401), signInPage(next, '令牌无效，请检查后重试。'));
    if (!principal.roles.some((r) => DISPLAY_ROLES.includes(r)))
      return html(reply.code(403), signInPage(next, '此令牌不能开启候诊屏（需要 NURSE 或 ADMIN 角色）。'));
    void reply.header('set-cookie', this.sessions.issue(principal.name));
    return redirect(reply, next ?? '/display/login');
  }

  @Get('display.js')
  script(@Res({ passthrough: true }) reply: FastifyReply): string {
    void reply.header('content-type', 'text/javascript; charset=utf-8');
    void reply.header('cache-control', 'no-cache');
    return DISPLAY_SCRIPT;
  }

  @Get('rooms/:id')
  room(
    @Param() p: IdParam,
    @Headers('cookie') cookie: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return this.page(`/display/rooms/${p.id}`, cookie, reply, () => this.display.roomBoard(p.id));
  }

  @Get('departments/:id')
  department(
    @Param() p: IdParam,
    @Headers('cookie') cookie: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    return this.page(`/display/departments/${p.id}`, cookie, reply, () => this.display.departmentBoard(p.id));
  }

  @Get('rooms/:id/events')
  roomEvents(
    @Param() p: IdParam,
    @Headers('cookie') cookie: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.stream(`room:${p.id}`, cookie, reply, () => this.display.roomBoard(p.id));
  }

  @Get('departments/:id/events')
  departmentEvents(
    @Param() p: IdParam,
    @Headers('cookie') cookie: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    return this.stream(`department:${p.id}`, cookie, reply, () => this.display.departmentBoard(p.id));
  }

  private async page(
    path: string,
    cookie: string | undefined,
    reply: FastifyReply,
    load: () => Promise<DisplayBoard>,
  ): Promise<string> {
    if (!this.sessions.read(cookie))
      return redirect(reply, `/display/login?next=${encodeURIComponent(path)}`);
    try {
      return html(reply, displayPage(await load(), `${path}/events`));
    } catch (error) {
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      return html(
        reply.code(error.status),
        messagePage('候诊屏', `<p>${escapeHtml(error.detail ?? error.code)}</p>`),
      );
    }
  }

  /** Decision 030: an SSE stream of full boards; refusals before it starts are problem+json. */
  private async stream(
    key: string,
    cookie: string | undefined,
    reply: FastifyReply,
    load: () => Promise<DisplayBoard>,
  ): Promise<void> {
    if (!this.sessions.read(cookie)) throw new DomainError('UNAUTHENTICATED', 'This screen is not signed in');
    if (this.hub.full) {
      void reply.header('retry-after', '10');
      throw new DomainError('DISPLAY_STREAMS_FULL', 'Too many screens on this worker; retry');
    }
    const first = await load();
    reply.hijack();
    this.hub.open(key, reply.raw, first, load);
  }
}

function safeNext(next: string | undefined): string | undefined {
  return next && DISPLAY_PATH.test(next) ? next : undefined;
}

function html(reply: FastifyReply, body: string): string {
  void reply.header('content-type', 'text/html; charset=utf-8');
  void reply.header('cache-control', 'no-store');
  return body;
}

function redirect(reply: FastifyReply, location: string): string {
  void reply.code(303).header('location', location);
  return '';
}

function signInPage(next: string | undefined, error?: string): string {
  return messagePage(
    '开启候诊屏',
    `<p>请输入护士站或管理员的内网访问令牌。令牌只用于本次开启，不会保存在本机；本屏幕此后 30 天内无需再次输入。</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/display/login">
${next ? `<input type="hidden" name="next" value="${escapeHtml(next)}">` : ''}
<label>访问令牌 <input type="password" name="token" autocomplete="off" required></label>
<button type="submit">开启</button>
</form>`,
  );
}
