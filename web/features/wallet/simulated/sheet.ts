// The 「デモ用の模擬ウォレット」 sheet (demo builds only): where the person trying the demo plays
// the holder and picks which demo card the simulated wallet presents — it says plainly that it
// is a simulation, which page asks and which items. Plain DOM in its own layer, so it needs
// nothing from the app; its words live here, not in the catalogues, so a production bundle holds
// none of them. Like a real wallet it says which items the page will keep (intentToRetain true:
// a call made for a §9 record, PROFILE §8.9) — or that it keeps none. Escape or キャンセル closes it (the page's call then ends as a real one would).
import './sheet.css';
import type { Asked, DemoChoice } from '../../../../wallet-sim/dc-api';

const TEXTS = {
  ja: {
    title: 'デモ用の模擬ウォレット',
    note: 'これは本物のウォレットではありません。デモのため、提示するカードを選んでください。',
    page: '確認するページ',
    asked: '求められている項目',
    retained: 'ページが保存する項目',
    retainedNone: 'なし（表示のみ）',
    none: 'この種類のデモ用カードはありません。',
    cancel: 'キャンセル',
  },
  en: {
    title: 'Simulated demo wallet',
    note: 'This is not a real wallet. For the demo, choose the card to present.',
    page: 'Page asking',
    asked: 'Items asked for',
    retained: 'Items the page will keep',
    retainedNone: 'None (shown only)',
    none: 'No demo card of this kind.',
    cancel: 'Cancel',
  },
};

/** Element names as the sheet says them, in the order it lists them. */
const ITEM_NAMES: Record<string, string> = {
  full_name_unicode: '氏名',
  family_name_unicode: '氏',
  given_name_unicode: '名',
  birth_date: '生年月日',
  qualification_code: '資格コード',
  qualification_name: '資格名称',
  name: '氏名',
  name_kana: 'フリガナ',
  registration_number: '登録番号',
  registration_date: '登録日',
  issuing_body: '交付機関',
  grant_date: '交付日',
  other_items: 'その他',
  portrait: '写真',
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) => {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

function askedItems(asked: Asked, retainedOnly = false): string {
  if (!asked) return '—';
  const order = Object.keys(ITEM_NAMES);
  const rank = (e: string) => (order.includes(e) ? order.indexOf(e) : order.length);
  const elements = Object.values(asked.nameSpaces).flatMap((items) =>
    Object.entries(items).flatMap(([e, retain]) => (!retainedOnly || retain ? [e] : [])),
  );
  elements.sort((a, b) => rank(a) - rank(b));
  return [...new Set(elements.map((e) => ITEM_NAMES[e] ?? e))].join('・');
}

/** Shows the sheet; resolves with the picked choice, or null when closed. */
export function chooseInSheet(asked: Asked, choices: readonly DemoChoice[], signal?: AbortSignal) {
  const t =
    document.documentElement.lang.startsWith('ja') || !document.documentElement.lang ? TEXTS.ja : TEXTS.en;
  const opener = document.activeElement as HTMLElement | null;
  const layer = el('div', 'demo-wallet-layer');
  const sheet = el('div', 'demo-wallet-sheet');
  sheet.setAttribute('role', 'dialog');
  sheet.setAttribute('aria-modal', 'true');
  sheet.setAttribute('aria-labelledby', 'demo-wallet-title');
  sheet.dataset.testid = 'demo-wallet';
  const title = el('h2', 'demo-wallet-title', t.title);
  title.id = 'demo-wallet-title';
  sheet.append(title, el('p', 'demo-wallet-note', t.note));
  const facts = el('dl', 'demo-wallet-facts');
  facts.append(
    el('dt', '', t.page),
    el('dd', '', location.origin),
    el('dt', '', t.asked),
    el('dd', '', askedItems(asked)),
    el('dt', '', t.retained),
    el('dd', 'demo-wallet-retained', asked ? askedItems(asked, true) || t.retainedNone : '—'),
  );
  sheet.append(facts);
  const list = el('ul', 'demo-wallet-cards');
  const fitting = choices.filter((c) => !asked || c.card.docType === asked.docType);
  if (fitting.length === 0) sheet.append(el('p', 'demo-wallet-note', t.none));
  sheet.append(list);
  const cancel = el('button', 'demo-wallet-cancel', t.cancel);
  cancel.type = 'button';
  sheet.append(cancel);
  layer.append(sheet);
  return new Promise<DemoChoice | null>((resolve) => {
    const close = (choice: DemoChoice | null) => {
      layer.remove();
      document.removeEventListener('keydown', onKey, true);
      opener?.focus?.({ preventScroll: true });
      resolve(choice);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close(null);
    };
    for (const choice of fitting) {
      const item = el('li', '');
      const button = el('button', 'demo-wallet-card', choice.label ?? choice.card.label);
      button.type = 'button';
      button.addEventListener('click', () => close(choice));
      item.append(button);
      list.append(item);
    }
    cancel.addEventListener('click', () => close(null));
    signal?.addEventListener('abort', () => close(null), { once: true });
    document.addEventListener('keydown', onKey, true);
    document.body.append(layer);
    (list.querySelector('button') ?? cancel).focus();
  });
}
