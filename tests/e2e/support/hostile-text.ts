/*
 * An article whose every user-written field carries markup that would run script if a page put it
 * into the DOM as HTML: the title, a section heading, claims, a reference entry's author, title and
 * venue, and the concept vocabulary's labels and descriptions. Each payload sets window.__xss (and
 * some also open a dialog), so a browser test can tell whether any of them ran. One payload per
 * paragraph: two "__" in one paragraph would read as Markdown emphasis and lose their underscores.
 */
export const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
export const SCRIPT = '<script>window.__xss=1</script>';
export const SVG = '"><svg onload=window.__xss=1>';
export const JS_LINK = '<a href="javascript:window.__xss=1">the notes</a>';
/** Closes the script element that carries the page's embedded data, then opens one of its own. */
export const CLOSE_SCRIPT = '</script><script>window.__xss=1</script>';
/** A claim a spreadsheet would read as a formula if the CSV export did not neutralise it. */
export const FORMULA = '=HYPERLINK("http://evil.example","sleep")';

export const HOSTILE_SLUG = 'hostile-text-e2e';

export const hostileText = `# Sleep ${IMG} and memory

## Night ${SCRIPT} shift

Studies show ${IMG} that sleep consolidates memory.[1]

Naps ${SVG} help memory too.[2]

Read ${JS_LINK} or [the summary](javascript:alert(1)) about sleep.[1]

## Closing ${CLOSE_SCRIPT} notes

${FORMULA} says sleep debt harms attention.[1, 2]

References

[1] Walker${IMG}, M. P. (2009). The role of sleep ${SCRIPT} in cognition. Annals ${SVG} of Science, 1156(1), 168-197. javascript:window.__xss=1
[2] Mednick, S. C. (2003). Sleep-dependent learning: a nap is as good as a night. Nature Neuroscience, 6(7), 697-698.
`;

export const hostileVocabulary = {
  concepts: [
    {
      id: 'sleep',
      label: `Sleep ${IMG}`,
      aliases: ['sleep'],
      description: `Rest ${SCRIPT} at night.`,
      broader: null,
    },
    {
      id: 'memory',
      label: `Memory ${SVG}`,
      aliases: ['memory'],
      description: `Recall ${CLOSE_SCRIPT} of things.`,
      broader: 'sleep',
    },
  ],
};
