// Demo builds only (never reached in production: dc-api.ts imports this behind
// `__DQC_DEMO_WALLET__`): the demo world's wallet cards, installed as the simulated wallet that
// stands in for the platform's, with the 「デモ用の模擬ウォレット」 sheet to pick a card.
import { DEMO_CARDS } from 'virtual:dqc-demo-wallet';
import type { ElementChoice } from '../../../../wallet-sim/answer';
import { readWalletCard } from '../../../../wallet-sim/card';
import { type DemoChoice, installDemoWallet } from '../../../../wallet-sim/dc-api';
import { chooseInSheet } from './sheet';

export function installSimulatedWallet(): void {
  const choices: DemoChoice[] = [];
  for (const entry of DEMO_CARDS) {
    const card = readWalletCard(entry.file);
    if (card) choices.push({ card, label: entry.label, elements: entry.elements as ElementChoice });
  }
  installDemoWallet(choices, chooseInSheet);
}
