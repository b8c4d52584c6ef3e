import { generate } from 'selfsigned';

// Regional clusters add a label, and a wildcard covers exactly one label, so
// each cluster needs its own wildcard.
const DNS_NAMES = [
  'ada.support',
  '*.ada.support',
  '*.eu.ada.support',
  '*.maple.ada.support',
  '*.us2.ada.support',
  'localhost',
];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface Certificate {
  key: string;
  cert: string;
}

/** A fresh self-signed certificate for Ada's hosts, made at every start. */
export async function createCertificate(): Promise<Certificate> {
  const now = Date.now();
  const pems = await generate([{ name: 'commonName', value: 'ada.support' }], {
    // EC keys are generated in milliseconds, RSA ones can take a second.
    keyType: 'ec',
    algorithm: 'sha256',
    // A day of slack for clocks that disagree (VMs, containers).
    notBeforeDate: new Date(now - DAY_MS),
    notAfterDate: new Date(now + 30 * DAY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...DNS_NAMES.map((value) => ({ type: 2 as const, value })),
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ],
  });

  return { key: pems.private, cert: pems.cert };
}
