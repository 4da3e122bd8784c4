// The issuer's mdoc PKI (issuer/wallet/pki.ts) with the tests' fixed clock as its `now`: the test
// certificates are valid at NOW unless a test says otherwise.
import {
  type DsOptions,
  type IacaOptions,
  type Issued,
  makeDs as makeDsAt,
  makeIaca as makeIacaAt,
} from '../../../../issuer/wallet/pki';
import { NOW } from './clock';

export {
  type Curve,
  defaultDsExtensions,
  ecKeys,
  type Issued,
  MDL_DS_EKU,
  x509,
} from '../../../../issuer/wallet/pki';
export type TestIacaOptions = Omit<IacaOptions, 'now'>;
export type TestDsOptions = Omit<DsOptions, 'now'>;
export type { TestDsOptions as DsOptions, TestIacaOptions as IacaOptions };

export const makeIaca = (options: TestIacaOptions = {}): Promise<Issued> =>
  makeIacaAt({ now: NOW, ...options });
export const makeDs = (iaca: Issued, options: TestDsOptions = {}): Promise<Issued> =>
  makeDsAt(iaca, { now: NOW, ...options });
