import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('has working defaults: port 3000, SQLite file, demo data on', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, sqlitePath: 'data/huiwu.db', demo: true, databaseUrl: undefined, publicUrl: 'http://localhost:3000' });
  });

  it('refuses bad values with one line naming each variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', HUIWU_DEMO: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    const message = (() => { try { attempt(); } catch (e) { return (e as Error).message; } return ''; })();
    expect(message).toMatch(/PORT="eighty"/);
    expect(message).toMatch(/DATABASE_URL="mysql:\/\/x": must start with postgres:\/\//);
    expect(message).toMatch(/HUIWU_DEMO="maybe"/);
  });

  it('treats empty variables as unset and reads PostgreSQL URLs', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: 'postgresql://u@h/db' })).toMatchObject({ port: 3000, databaseUrl: 'postgresql://u@h/db' });
  });
});
