import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkspace, tempDir, type TestWorkspace } from '../../helpers/workspace';
import { MISSING_ID, organisationInput } from '../../helpers/fixtures';
import { startHttpTransport, type HttpTransport } from '../../../src/main/transport/http';
import { readSettings } from '../../../src/main/services/settings';

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

interface RequestOptions {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer[];
}

const INDEX_HTML = '<!doctype html><title>Kenes</title>';
const SECRET = 'THE-SECRET-OUTSIDE-THE-STATIC-DIR';

let t: TestWorkspace;
let server: HttpTransport;
let staticDir: string;

/** Node's http.request, not fetch: fetch will not let a test forge Host or send a path with "..". */
const send = ({ method = 'POST', path: urlPath, headers = {}, body }: RequestOptions): Promise<Reply> =>
  new Promise((resolve, reject) => {
    // A string body goes with its Content-Length, as a browser sends it; chunks go chunked.
    const length = typeof body === 'string' ? { 'Content-Length': String(Buffer.byteLength(body)) } : {};
    const options = {
      host: '127.0.0.1',
      port: server.port,
      method,
      path: urlPath,
      headers: { ...length, ...headers },
    };
    const req = http.request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (Array.isArray(body)) for (const chunk of body) req.write(chunk);
    else if (body !== undefined) req.write(body);
    req.end();
  });

const ownHeaders = (): Record<string, string> => ({
  Host: `127.0.0.1:${server.port}`,
  Authorization: `Bearer ${server.token}`,
  'Content-Type': 'application/json',
});

/** A call as the page makes it, with any header replaced or (undefined) removed. */
const api = (
  channel: string,
  input: unknown,
  headers: Record<string, string | undefined> = {},
  method = 'POST',
) => {
  const merged = Object.fromEntries(
    Object.entries({ ...ownHeaders(), ...headers }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return send({
    method,
    path: `/api/${channel}`,
    headers: merged,
    body: input === undefined ? undefined : JSON.stringify(input),
  });
};

const errorOf = (reply: Reply) =>
  (JSON.parse(reply.body) as { ok: false; error: { code: string; messageKey: string; message: string } })
    .error;

beforeEach(async () => {
  t = openTestWorkspace();
  t.api.workspace.initialise({ template: 'empty', councilName: 'Ақмола облысының үйлестіру кеңесі' });
  const root = tempDir('kenes-http-');
  staticDir = path.join(root, 'static');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("kenes");');
  fs.writeFileSync(path.join(root, 'secret.txt'), SECRET);
  server = await startHttpTransport({
    dispatch: t.dispatch,
    port: 0,
    staticDir,
    maxBodyBytes: 4096,
    language: () => readSettings(t.ctx.db).language,
  });
});

afterEach(async () => {
  await server.close();
});

describe('the loopback HTTP transport', () => {
  it('listens on a free port of 127.0.0.1 and hands out the token only in the URL fragment', () => {
    expect(server.port).toBeGreaterThan(0);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
  });

  it('answers a valid call with 200 and writes the data', async () => {
    const reply = await api(
      'organisations:create',
      organisationInput({ nameKk: 'HTTP арқылы қосылған мектеп' }),
    );
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['cache-control']).toBe('no-store');
    const body = JSON.parse(reply.body) as { ok: true; value: { id: string; nameKk: string } };
    expect(body.value.nameKk).toBe('HTTP арқылы қосылған мектеп');
    expect(t.api.organisations.get({ id: body.value.id }).organisation.nameKk).toBe(
      'HTTP арқылы қосылған мектеп',
    );
  });

  it('maps refusals from the services to HTTP statuses, with the translated error', async () => {
    const validation = await api('organisations:create', { nameKk: '' });
    expect(validation.status).toBe(400);
    expect(errorOf(validation)).toMatchObject({
      code: 'validation',
      message: 'Енгізілген деректерде қате бар: белгіленген өрістерді түзетіңіз.',
    });
    expect((await api('organisations:get', { id: MISSING_ID })).status).toBe(404);
    expect((await api('workspace:initialise', { template: 'akmola' })).status).toBe(409);
    const empty = await api('workspace:status', undefined);
    expect(empty.status).toBe(200);
  });

  it('refuses calls without the right token, including a token in the query string', async () => {
    const cases: Record<string, string | undefined>[] = [
      { Authorization: undefined },
      { Authorization: `Bearer ${server.token.slice(1)}x` },
      { Authorization: `Bearer ${server.token}x` },
      { Authorization: `bearer ${server.token}` },
      { Authorization: `Basic ${Buffer.from(`kenes:${server.token}`).toString('base64')}` },
      { Authorization: 'Bearer ' },
    ];
    for (const headers of cases) {
      const reply = await api('organisations:create', organisationInput(), headers);
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(errorOf(reply)).toMatchObject({ code: 'unauthorised', messageKey: 'errors.unauthorised' });
    }
    const query = await send({
      path: `/api/organisations:create?token=${server.token}`,
      headers: { ...ownHeaders(), Authorization: '' },
      body: JSON.stringify(organisationInput()),
    });
    expect(query.status).toBe(401);
    expect(t.api.organisations.list({}).total).toBe(0);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the right token', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      '127.0.0.1:1',
      '127.0.0.1',
      `localhost.evil.example:${server.port}`,
      `[::1]:${server.port}`,
    ]) {
      const reply = await api('organisations:create', organisationInput(), { Host: host });
      expect(reply.status, host).toBe(403);
      expect(errorOf(reply).code).toBe('forbidden');
    }
    const page = await send({ method: 'GET', path: '/', headers: { Host: `evil.example:${server.port}` } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain(INDEX_HTML);
    expect(t.api.organisations.list({}).total).toBe(0);
  });

  it('refuses a foreign Origin but accepts its own', async () => {
    for (const origin of [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`,
    ]) {
      const reply = await api('organisations:create', organisationInput(), { Origin: origin });
      expect(reply.status, origin).toBe(403);
    }
    expect(t.api.organisations.list({}).total).toBe(0);
    expect((await api('workspace:status', {}, { Origin: `http://127.0.0.1:${server.port}` })).status).toBe(
      200,
    );
    const localhost = await api(
      'workspace:status',
      {},
      { Origin: `http://localhost:${server.port}`, Host: `localhost:${server.port}` },
    );
    expect(localhost.status).toBe(200);
  });

  it('accepts only POST with a JSON body on a known channel', async () => {
    const get = await api('workspace:status', undefined, {}, 'GET');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await api('organisations:drop', {})).status).toBe(404);
    expect((await api('..%2f..%2fpackage.json', {})).status).toBe(404);
    expect(errorOf(await api('nope:nope', {})).code).toBe('unknown_channel');

    const plain = await api('organisations:create', organisationInput(), { 'Content-Type': 'text/plain' });
    expect(plain.status).toBe(403);
    expect(
      (await api('organisations:create', organisationInput(), { 'Content-Type': undefined })).status,
    ).toBe(403);
    const form = await api('organisations:create', organisationInput(), {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(403);

    const malformed = await send({
      path: '/api/organisations:create',
      headers: ownHeaders(),
      body: '{"nameKk": "Мектеп",',
    });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed)).toMatchObject({ code: 'validation', messageKey: 'validation.format' });
    expect(t.api.organisations.list({}).total).toBe(0);
  });

  it('refuses a body over the limit, declared or streamed', async () => {
    const big = JSON.stringify(organisationInput({ notes: 'ө'.repeat(5000) }));
    const declared = await api('organisations:create', JSON.parse(big));
    expect(declared.status).toBe(413);
    expect(errorOf(declared).code).toBe('too_large');
    // Chunked, with no Content-Length: the limit is enforced while reading, and the server
    // drops the connection rather than read the rest, so the client may see a reset instead of 413.
    const streamed = await send({
      path: '/api/organisations:create',
      headers: { ...ownHeaders(), 'Transfer-Encoding': 'chunked' },
      body: Array.from({ length: 10 }, (_, i) => Buffer.from(big.slice(i * 1100, (i + 1) * 1100))),
    }).catch((error: NodeJS.ErrnoException) => ({ status: -1, headers: {}, body: error.code ?? '' }));
    expect([413, -1]).toContain(streamed.status);
    expect(t.api.organisations.list({}).total).toBe(0);
    expect((await api('workspace:status', {})).status).toBe(200);
  });

  it('serves the renderer build and nothing outside it, whatever the path', async () => {
    const own = ownHeaders();
    const index = await send({ method: 'GET', path: '/', headers: { Host: own.Host as string } });
    expect(index.status).toBe(200);
    expect(index.body).toBe(INDEX_HTML);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    const js = await send({ method: 'GET', path: '/assets/app.js', headers: { Host: own.Host as string } });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');

    const attempts = [
      '/../../package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fpackage.json',
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      `/${encodeURIComponent(path.join(staticDir, '..', 'secret.txt'))}`,
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/%00../secret.txt',
    ];
    for (const attempt of attempts) {
      const reply = await send({ method: 'GET', path: attempt, headers: { Host: own.Host as string } });
      expect(reply.body, attempt).not.toContain(SECRET);
      expect(reply.body, attempt).not.toContain('"name": "kenes"');
      expect(reply.body, attempt).not.toContain('root:');
      if (reply.status === 200) expect(reply.body, attempt).toBe(INDEX_HTML);
    }
    // A broken escape is the client's mistake: 400, not an internal error.
    const broken = await send({ method: 'GET', path: '/%E0%A4%A', headers: { Host: own.Host as string } });
    expect(broken.status).toBe(400);
    expect(errorOf(broken)).toMatchObject({ code: 'validation', messageKey: 'validation.format' });
  });

  it('survives the renderer build disappearing under it (a rebuild of out/)', async () => {
    fs.rmSync(path.join(staticDir, 'index.html'));
    const page = await send({ method: 'GET', path: '/', headers: ownHeaders() }).catch(() => null);
    expect(page?.status ?? 0).not.toBe(200);
    fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
    const again = await send({ method: 'GET', path: '/', headers: ownHeaders() });
    expect(again.status).toBe(200);
    expect(again.body).toBe(INDEX_HTML);
  });

  it('still answers, with the data unchanged, after every refused call', async () => {
    const created = await api('organisations:create', organisationInput({ nameKk: 'Жалғыз мектеп' }));
    expect(created.status).toBe(200);
    const before = { orgs: t.count('organisations'), history: t.count('change_history') };
    const hostile = [
      api('organisations:create', organisationInput(), { Authorization: undefined }),
      api('organisations:create', organisationInput(), { Host: `evil.example:${server.port}` }),
      api('organisations:create', organisationInput(), { Origin: 'null' }),
      api('organisations:create', organisationInput(), { 'Content-Type': 'text/plain' }),
      api('organisations:createMany', { items: [organisationInput({ notes: 'x'.repeat(5000) })] }),
      send({
        path: '/api/organisations:create',
        headers: ownHeaders(),
        body: "'); DROP TABLE organisations; --",
      }),
      api('organisations:create', { ...organisationInput(), isCouncilHub: true }),
    ];
    const statuses = (await Promise.all(hostile)).map((r) => r.status);
    expect(statuses).toEqual([401, 403, 403, 403, 413, 400, 400]);
    expect({ orgs: t.count('organisations'), history: t.count('change_history') }).toEqual(before);
    const status = await api('workspace:status', {});
    expect(status.status).toBe(200);
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { initialised: true } });
  });

  it('speaks the workspace language in its own refusals', async () => {
    expect(errorOf(await api('workspace:status', {}, { Authorization: undefined })).message).toMatch(
      /^Кіру белгісі жоқ/,
    );
    t.api.settings.update({ patch: { language: 'ru' } });
    expect(errorOf(await api('workspace:status', {}, { Authorization: undefined })).message).toMatch(
      /^Нет ключа доступа/,
    );
    expect(errorOf(await api('workspace:status', {}, { Origin: 'null' })).message).toBe(
      'Запрос пришёл из недопустимого источника.',
    );
  });
});
