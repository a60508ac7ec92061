import { callerOf, expect, expectAccessible, screenshot, test } from './fixtures/console';
import { passphrase, signedInSpokesperson } from './fixtures/flows';
import { between, embeddedFonts, firstPagePng, letters, pageCount, pdfText, printToPdf } from './fixtures/pdf';

test.use({ hostPassphrase: passphrase });

const incidentName = 'Vehicle attack at the Riverside Winter Market';
const texts = {
  en: 'Our city stands together. Stay away from the Riverside Winter Market and call the helpline if you need help.',
  ar: 'مدينتنا تقف صفا واحدا. ابتعدوا عن سوق ريفرسايد الشتوي واتصلوا بخط المساعدة إذا احتجتم إلى العون.',
  ur: 'ہمارا شہر متحد ہے۔ ریور سائیڈ ونٹر مارکیٹ سے دور رہیں اور مدد کے لیے ہیلپ لائن پر فون کریں۔',
} as const;
const fonts = { en: null, ar: 'NotoNaskhArabic', ur: 'NotoNastaliqUrdu' } as const;

interface Detail {
  id: string;
  variants: { language: string; currentRevisionId: string }[];
}

test('an approved statement prints in English, Arabic and Urdu: the PDF holds the text (English exactly, Arabic and Urdu letter for letter) in the bundled fonts', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  const call = callerOf(page, host.url);
  const incident = await call<{ id: string }>('incident:create', {
    name: incidentName,
    kind: 'hate-motivated attack',
    mode: 'exercise',
    commander: { name: 'Mayor Ana Ruiz', pin: '11111111' },
  });
  const incidentId = incident.id;
  // The spokesperson drafts the three languages; the mayor, who opened the incident, approves them (two-person rule).
  const mayor = (await call<{ personId: string }>('roster:currentOperator', {})).personId;
  await signedInSpokesperson(call, incidentId);
  const draft = await call<Detail>('statement:create', { incidentId, title: 'Safety guidance after the market attack', phase: 'immediate-safety', language: 'en', text: texts.en });
  await call('statement:revise', { statementId: draft.id, language: 'ar', text: texts.ar });
  await call('statement:revise', { statementId: draft.id, language: 'ur', text: texts.ur });
  const inReview = await call<Detail>('statement:requestReview', { statementId: draft.id, note: '' });
  await call('roster:signIn', { incidentId, personId: mayor, pin: '11111111' });
  await call('statement:approve', { statementId: draft.id, revisionIds: inReview.variants.map((v) => v.currentRevisionId) });

  await page.reload();
  await page.getByRole('button', { name: `Open ${incidentName}` }).click();
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Statements' }).click();
  await page.getByRole('button', { name: /Safety guidance after the market attack/ }).click();
  await expect(page.getByTestId('statement-status')).toHaveText('Approved');
  // The editor shows Arabic right to left, in its language.
  await page.getByRole('button', { name: /Arabic \(ar\)/ }).first().click();
  await expect(page.getByLabel('Text (Arabic (ar))')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('highlighted-text')).toHaveAttribute('lang', 'ar');

  const names = { en: 'English (en)', ar: 'Arabic (ar)', ur: 'Urdu (ur)' } as const;
  for (const language of ['en', 'ar', 'ur'] as const) {
    await page.getByRole('button', { name: `Print view: ${names[language]}` }).click();
    const doc = page.getByTestId('statement-print');
    await expect(doc.getByRole('heading', { level: 2, name: 'Safety guidance after the market attack' })).toBeVisible();
    await expect(doc.getByTestId('print-exercise')).toHaveText('EXERCISE: not a real incident');
    await expect(doc).toContainText(incidentName);
    await expect(doc).toContainText('Approved by Mayor Ana Ruiz');
    const text = doc.getByTestId('statement-print-text');
    await expect(text).toHaveText(texts[language]);
    await expect(text).toHaveAttribute('lang', language);
    await expect(text).toHaveAttribute('dir', language === 'en' ? 'ltr' : 'rtl');
    // The web console prints through the browser's dialog; only the desktop offers Save as PDF.
    await expect(doc.getByRole('button', { name: 'Print' })).toBeVisible();
    await expect(doc.getByRole('button', { name: 'Save as PDF' })).toHaveCount(0);
    if (language === 'ar') {
      await expectAccessible(page);
      await doc.scrollIntoViewIfNeeded();
      await screenshot(page, 'statement-print-ar');
    }

    const pdf = await printToPdf(page, `statement-${language}`);
    // One page: the console around the document takes no room on paper either.
    expect(await pageCount(pdf)).toBe(1);
    const extracted = await pdfText(pdf);
    if (language === 'en') expect(extracted).toContain(texts.en);
    // The statement's block holds exactly its letters; that they are joined and right to left, the PNG shows.
    else expect(letters(between(extracted, `· ${names[language]}`, 'Approved by'))).toBe(letters(texts[language]));
    expect(extracted).toContain(incidentName);
    expect(extracted).toContain('EXERCISE');
    // Only the print view is on paper: nothing of the console around it.
    expect(extracted).not.toContain('Download CAP 1.2');
    const embedded = await embeddedFonts(pdf);
    const font = fonts[language];
    if (font) expect(embedded.some((name) => name.startsWith(font)), `${font} in ${embedded.join(', ')}`).toBe(true);
    const { bytes } = await firstPagePng(pdf);
    expect(bytes).toBeGreaterThan(5_000);
  }
});

test('the demo’s period 3 situation report prints as a PDF with its sections', async ({ page, host }) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Load the demo exercise' }).click();
  await expect(page.getByRole('banner').getByRole('heading', { level: 1, name: incidentName })).toBeVisible();
  await page.getByRole('navigation', { name: 'Incident views' }).getByRole('button', { name: 'Operational periods', exact: true }).click();
  await page.getByTestId('current-period').getByRole('button', { name: 'Generate situation report' }).click();
  const report = page.getByTestId('sitrep');
  await expect(report.getByRole('heading', { level: 2, name: 'Situation report: period 3' })).toBeVisible();
  await expect(report.getByRole('button', { name: 'Print' })).toBeVisible();

  const pdf = await printToPdf(page, 'sitrep-period-3');
  const extracted = await pdfText(pdf);
  expect(extracted).toContain('Situation report: period 3');
  expect(extracted).toContain(incidentName);
  expect(extracted).toContain('Open rumours');
  expect(extracted).toContain('31');
  expect(extracted).not.toContain('Generate situation report');
  const { bytes } = await firstPagePng(pdf);
  expect(bytes).toBeGreaterThan(5_000);
});
