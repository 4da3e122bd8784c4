// The issuer's mdoc signing (issuer/wallet/mdoc.ts) with the tests' fixed clock: an mdoc signed a
// day before NOW and valid for 180 days after it, unless a test says otherwise.
import { issueMdoc as issueMdocAt, type Mdoc, type MdocSpec } from '../../../../issuer/wallet/mdoc';
import { DAY, NOW } from './clock';

export {
  type Elements,
  fullDate,
  type IssuerSignedItemSpec,
  itemBytes,
  type Mdoc,
  signSign1,
  tdate,
} from '../../../../issuer/wallet/mdoc';

export type TestMdocSpec = Omit<MdocSpec, 'signed' | 'validUntil'> &
  Partial<Pick<MdocSpec, 'signed' | 'validUntil'>>;
export type { TestMdocSpec as MdocSpec };

export const issueMdoc = (spec: TestMdocSpec): Promise<Mdoc> =>
  issueMdocAt({ signed: NOW - DAY, validUntil: NOW + 180 * DAY, ...spec });
