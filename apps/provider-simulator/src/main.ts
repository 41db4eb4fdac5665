import { ProviderSimulator } from './provider-simulator';

/** `npm start` runs this beside the apps: SMS, WeChat and push providers for the demo. */
async function main(): Promise<void> {
  const sim = new ProviderSimulator({
    smsApiKey: process.env.SIM_SMS_API_KEY,
    wechatAccessToken: process.env.SIM_WECHAT_ACCESS_TOKEN,
    pushApiKey: process.env.SIM_PUSH_API_KEY,
  });
  const url = await sim.listen(Number(process.env.SIM_PORT ?? 3900), process.env.SIM_HOST ?? '127.0.0.1');
  process.stdout.write(
    `${JSON.stringify({ time: new Date().toISOString(), app: 'provider-simulator', level: 'log', msg: `listening on ${url}` })}\n`,
  );
  const stop = () => void sim.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main();
