import { Injectable } from '@nestjs/common';
import { request } from 'undici';
import type { DeliveryChannel, NotificationJob } from '@app/contracts';
import { signatureHeaders } from '@app/partner-client';
import { GatewayConfig } from '../config/gateway-config';
import { PartnerRegistry } from '../partners/partner-registry';
import type { RenderedMessage } from './message-templates';

/** A delivery that did not happen: retried with backoff (the message says why, never who). */
export class DeliveryFailed extends Error {}

/** A delivery that cannot and need not happen (a partner without a callback URL). */
export class DeliveryNotApplicable extends Error {}

/**
 * The provider adapters of DESIGN §1: they speak to an SMS gateway, WeChat's template-message
 * API, an app push service and partners' callback URLs exactly as to the real services (the
 * repo's provider simulator answers the same way). Every call carries the notification id, so a
 * provider that deduplicates can drop the rare repeat after a dispatcher crash.
 */
@Injectable()
export class DeliveryAdapters {
  constructor(
    private readonly config: GatewayConfig,
    private readonly partners: PartnerRegistry,
  ) {}

  async send(job: NotificationJob, message: RenderedMessage): Promise<void> {
    const senders: Record<DeliveryChannel, () => Promise<void>> = {
      SMS: () => this.sms(job, message),
      WECHAT: () => this.wechat(job, message),
      APP_PUSH: () => this.push(job, message),
      PARTNER_CALLBACK: () => this.callback(job),
    };
    await senders[job.channel]();
  }

  private async sms(job: NotificationJob, message: RenderedMessage): Promise<void> {
    const { SMS_URL: url, SMS_API_KEY: key } = this.config;
    if (!url) throw new DeliveryFailed('SMS_URL is not configured');
    if (!job.recipient) throw new DeliveryNotApplicable('no mobile');
    const body = await this.post(
      url,
      { authorization: `Bearer ${key ?? ''}` },
      {
        phoneNumber: job.recipient,
        signName: this.config.HOSPITAL_NAME,
        content: message.text,
        outId: job.id,
      },
    );
    if ((body as { code?: unknown }).code !== 'OK')
      throw new DeliveryFailed(`SMS gateway refused: ${String((body as { code?: unknown }).code)}`);
  }

  private async wechat(job: NotificationJob, message: RenderedMessage): Promise<void> {
    const { WECHAT_URL: url, WECHAT_ACCESS_TOKEN: token } = this.config;
    if (!url) throw new DeliveryFailed('WECHAT_URL is not configured');
    if (!job.recipient) throw new DeliveryNotApplicable('no openid');
    const target = `${url}${url.includes('?') ? '&' : '?'}access_token=${encodeURIComponent(token ?? '')}`;
    const body = await this.post(
      target,
      {},
      {
        touser: job.recipient,
        template_id: this.config.WECHAT_TEMPLATE_ID,
        client_msg_id: job.id,
        data: { first: { value: message.title }, remark: { value: message.text } },
      },
    );
    const errcode = (body as { errcode?: unknown }).errcode;
    if (errcode !== 0) throw new DeliveryFailed(`WeChat errcode ${String(errcode)}`);
  }

  private async push(job: NotificationJob, message: RenderedMessage): Promise<void> {
    const { PUSH_URL: url, PUSH_API_KEY: key } = this.config;
    if (!url) throw new DeliveryFailed('PUSH_URL is not configured');
    if (!job.recipient) throw new DeliveryNotApplicable('no app user');
    await this.post(
      url,
      { authorization: `Bearer ${key ?? ''}` },
      {
        audience: job.recipient,
        title: message.title,
        body: message.text,
        requestId: job.id,
        data: { kind: job.kind, appointmentId: job.appointment?.id ?? null },
      },
    );
  }

  /** The partner's own endpoint, signed with its secret exactly like a partner request (DESIGN §5). */
  private async callback(job: NotificationJob): Promise<void> {
    const partner = job.partnerId ? this.partners.find(job.partnerId) : undefined;
    if (!partner?.callbackUrl) throw new DeliveryNotApplicable('the partner has no callback URL');
    const payload = JSON.stringify({
      eventId: job.id,
      event: job.kind,
      appointmentId: job.appointment?.id ?? null,
      code: job.appointment?.code ?? null,
      status: job.appointment?.status ?? null,
      data: job.data,
    });
    const url = new URL(partner.callbackUrl);
    const headers = signatureHeaders({
      appId: partner.appId,
      secret: partner.secret,
      method: 'POST',
      pathAndQuery: url.pathname + url.search,
      body: payload,
    });
    await this.post(partner.callbackUrl, headers, payload);
  }

  private async post(url: string, headers: Record<string, string>, body: unknown): Promise<unknown> {
    let res;
    try {
      res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headersTimeout: this.config.DISPATCH_SEND_TIMEOUT_MS,
        bodyTimeout: this.config.DISPATCH_SEND_TIMEOUT_MS,
      });
    } catch (error) {
      throw new DeliveryFailed(
        `provider unreachable: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const text = await res.body.text();
    if (res.statusCode < 200 || res.statusCode >= 300)
      throw new DeliveryFailed(`provider answered ${res.statusCode}`);
    try {
      return text ? (JSON.parse(text) as unknown) : {};
    } catch {
      return {};
    }
  }
}
