// Checks the user guide (docs/guide) the way a reader would notice a broken one:
//   - every image a chapter shows exists, and has alt text;
//   - every link from a chapter to another file of the repository leads somewhere, and to a
//     heading that exists when it names one (#section) in a Markdown file;
//   - every image in images/<language>/ is shown by a chapter of that language (no stale ones);
//   - English and French have the same chapters and the same images.
// Usage: node check-guide.mjs <guide folder>   (exit 1 with the list of problems)

import fs from 'node:fs';
import path from 'node:path';

const guide = path.resolve(process.argv[2] ?? '.');
const languages = ['en', 'fr'];
const problems = [];

function listFiles(folder, ending) {
    if (!fs.existsSync(folder)) return [];
    return fs.readdirSync(folder).filter((name) => name.endsWith(ending)).sort();
}

/** Markdown images ![alt](target) and links [text](target), with the line they are on. */
function references(text) {
    const found = [];
    const pattern = /(!?)\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
    text.split('\n').forEach((line, index) => {
        for (const match of line.matchAll(pattern)) {
            found.push({ image: match[1] === '!', text: match[2], target: match[3], line: index + 1 });
        }
    });
    return found;
}

/** The anchors GitHub gives a Markdown file's headings ("## 3. Run it" -> "3-run-it"). */
function anchors(file) {
    const found = new Set();
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        const heading = /^#{1,6}\s+(.*)$/.exec(line);
        if (!heading) continue;
        found.add(heading[1].trim().toLowerCase()
            .replace(/[^\p{L}\p{N}\s_-]/gu, '')
            .replace(/\s/g, '-'));
    }
    return found;
}

const chapters = {};
const images = {};
for (const lang of languages) {
    const folder = path.join(guide, lang);
    chapters[lang] = listFiles(folder, '.md');
    if (chapters[lang].length === 0) problems.push(`${lang}/: no chapters`);
    const imageFolder = path.join(guide, 'images', lang);
    images[lang] = listFiles(imageFolder, '.png');
    const shown = new Set();
    for (const chapter of chapters[lang]) {
        const file = path.join(folder, chapter);
        for (const ref of references(fs.readFileSync(file, 'utf8'))) {
            const where = `${lang}/${chapter}:${ref.line}`;
            if (/^[a-z]+:/i.test(ref.target)) continue; // web, mail
            const target = ref.target.startsWith('#') ? file : path.resolve(folder, decodeURIComponent(ref.target.split('#')[0]));
            if (!fs.existsSync(target)) {
                problems.push(`${where}: ${ref.image ? 'image' : 'link'} ${ref.target} leads nowhere`);
                continue;
            }
            const anchor = ref.target.split('#')[1];
            if (!ref.image && anchor && target.endsWith('.md') && !anchors(target).has(decodeURIComponent(anchor))) {
                problems.push(`${where}: link ${ref.target} names a heading that does not exist`);
            }
            if (!ref.image) continue;
            if (ref.text.trim() === '') problems.push(`${where}: image ${ref.target} has no alt text`);
            if (path.dirname(target) !== imageFolder) {
                problems.push(`${where}: image ${ref.target} is not in images/${lang}/`);
            }
            shown.add(path.basename(target));
        }
    }
    for (const image of images[lang]) {
        if (!shown.has(image)) problems.push(`images/${lang}/${image}: no chapter shows it`);
    }
}

const compare = (what, en, fr) => {
    const onlyEn = en.filter((x) => !fr.includes(x));
    const onlyFr = fr.filter((x) => !en.includes(x));
    if (onlyEn.length) problems.push(`${what} only in English: ${onlyEn.join(', ')}`);
    if (onlyFr.length) problems.push(`${what} only in French: ${onlyFr.join(', ')}`);
};
compare('chapters', chapters.en, chapters.fr);
compare('images', images.en, images.fr);

if (problems.length) {
    console.error(`The user guide in ${guide} has ${problems.length} problem(s):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
}
console.log(`The user guide is whole: ${chapters.en.length} chapters and ${images.en.length} images per language.`);
