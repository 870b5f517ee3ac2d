import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  HOLDOUT_2_DIR,
  HOLDOUT_3_DIR,
  HOLDOUT_4_DIR,
  HOLDOUT_5_DIR,
  HOLDOUT_6_DIR,
  HOLDOUT_7_DIR,
  HOLDOUT_8_DIR,
  HOLDOUT_9_DIR,
  HOLDOUT_10_DIR,
  HOLDOUT_11_DIR,
  HOLDOUT_12_DIR,
  HOLDOUT_13_DIR,
  HOLDOUT_14_DIR,
  HOLDOUT_15_DIR,
  HOLDOUT_16_DIR,
  HOLDOUT_17_DIR,
  HOLDOUT_18_DIR,
  HOLDOUT_19_DIR,
  HOLDOUT_20_DIR,
  HOLDOUT_21_DIR,
  HOLDOUT_22_DIR,
  HOLDOUT_23_DIR,
  HOLDOUT_24_DIR,
  HOLDOUT_25_DIR,
  HOLDOUT_26_DIR,
  HOLDOUT_27_DIR,
  HOLDOUT_28_DIR,
  HOLDOUT_29_DIR,
  HOLDOUT_30_DIR,
  HOLDOUT_31_DIR,
  HOLDOUT_32_DIR,
  HOLDOUT_33_DIR,
  HOLDOUT_34_DIR,
  HOLDOUT_35_DIR,
  HOLDOUT_36_DIR,
  HOLDOUT_37_DIR,
  HOLDOUT_38_DIR,
  HOLDOUT_39_DIR,
  HOLDOUT_40_DIR,
  HOLDOUT_41_DIR,
  HOLDOUT_42_DIR,
  HOLDOUT_43_DIR,
  HOLDOUT_44_DIR,
  HOLDOUT_45_DIR,
  HOLDOUT_46_DIR,
  HOLDOUT_47_DIR,
  HOLDOUT_48_DIR,
  HOLDOUT_49_DIR,
  HOLDOUT_50_DIR,
  HOLDOUT_51_DIR,
  HOLDOUT_52_DIR,
  HOLDOUT_53_DIR,
  HOLDOUT_54_DIR,
  HOLDOUT_55_DIR,
  HOLDOUT_56_DIR,
  HOLDOUT_57_DIR,
  HOLDOUT_58_DIR,
  HOLDOUT_59_DIR,
  HOLDOUT_60_DIR,
  HOLDOUT_61_DIR,
  HOLDOUT_62_DIR,
  HOLDOUT_63_DIR,
  HOLDOUT_64_DIR,
  HOLDOUT_65_DIR,
  HOLDOUT_66_DIR,
  HOLDOUT_67_DIR,
  HOLDOUT_68_DIR,
  HOLDOUT_69_DIR,
  HOLDOUT_DIR,
  loadJatsCorpus,
  WEB_DIR,
} from './corpus';
import { normaliseForMatch } from './score/paragraph-matcher';
import { blockCites, citableBlocks } from './truth/truth-article';
import { loadWebCorpus, type WebCase } from './web-corpus';

describe('evaluation corpora', () => {
  it('--limit takes the first articles of each folder, so both styles stay in a short run', async () => {
    const articles = await loadJatsCorpus('eval/corpus/jats', 1);
    expect(articles.map((a) => a.id)).toEqual(['elife-02833-v2', 'journal.pbio.0030408']);
    expect(articles[0]?.style).toBe('author-date');
  });

  it('every JATS callout names a listed reference', async () => {
    for (const a of await loadJatsCorpus('eval/corpus/jats', 3)) {
      const listed = new Set(a.references.map((r) => r.number));
      const cited = citableBlocks(a).flatMap(blockCites);
      expect(
        cited.filter((n) => !listed.has(n)),
        a.id,
      ).toEqual([]);
      expect(
        a.references.filter((r) => r.text.trim() === ''),
        a.id,
      ).toEqual([]);
    }
  });

  it('each hand-labelled web truth quotes its file, in order, and numbers what is not listed after the list', async () => {
    const cases = await loadWebCorpus(WEB_DIR);
    expect(cases.map((c) => c.file)).toEqual([
      'article-advice.txt',
      'blog-post.html',
      'brms_missings.html',
      'brms_monotonic.html',
      'brms_multivariate.html',
      'essay-footnotes.md',
      'loo2-elpd.html',
      'loo2-example.html',
      'loo2-large-data.html',
      'loo2-lfo.html',
      'loo2-moment-matching.html',
      'loo2-non-factorized.html',
      'loo2-weights.html',
      'loo2-with-rstan.html',
    ]);
    for (const c of cases) expectTruthQuotesFile(c);
  });

  // Each held-out set with its files (and their formats): a file added or lost is a change to
  // the set, which its README must say.
  it.each([
    [
      'first',
      HOLDOUT_DIR,
      [
        'bayesplot-graphical-ppcs.html',
        'bayesplot-visual-mcmc-diagnostics.html',
        'rstan-rstan.html',
        'rstanarm-continuous.html',
        'rstanarm-count.html',
        'rstanarm-jm.html',
        'rstanarm-mrp.html',
        'rstanarm-pooling.html',
        'skbio-anosim.html',
        'skbio-fasta.html',
        'skbio-weighted_unifrac.html',
        'statsmodels-local-linear-trend.html',
      ],
    ],
    [
      'second',
      HOLDOUT_2_DIR,
      [
        'astropy-binom_conf_interval.html',
        'astropy-bls.html',
        'astropy-lombscargle.html',
        'astropy-ripley.html',
        'nibabel-biap_0000.html',
        'sklearn-calibration.html',
        'sklearn-covariance.html',
        'sklearn-lda.html',
        'sklearn-optics.html',
        'sklearn-plot_grid_search_stats.html',
      ],
    ],
    [
      'third',
      HOLDOUT_3_DIR,
      [
        'biopython-tutorial.html',
        'dipy-sh_basis.html',
        'scipy-combine_pvalues.html',
        'scipy-goodness_of_fit.html',
        'scipy-sampling_srou.html',
        'scipy-shgo.html',
        'skimage-plot_chan_vese.html',
        'skimage-plot_ridge_filter.html',
      ],
    ],
    [
      'fourth',
      HOLDOUT_4_DIR,
      [
        'nitime-ar_est_2vars.html',
        'nitime-granger_fmri.html',
        'nitime-multi_taper_spectral_estimation.html',
        'sympy-cg.html',
        'sympy-fp_groups.html',
        'sympy-matrices.html',
      ],
    ],
    [
      'fifth',
      HOLDOUT_5_DIR,
      [
        'geographiclib-greatellipse.html',
        'geographiclib-normalgravity.html',
        'geographiclib-rhumb.html',
        'grass-r_sun.html',
        'grass-r_texture.html',
        'grass-r_watershed.html',
        'grass-v_vol_rst.html',
      ],
    ],
    ['sixth', HOLDOUT_6_DIR, ['clustalo-README.txt', 'fasttext-README.md', 'gmp-ecm-README.txt']],
    [
      'seventh',
      HOLDOUT_7_DIR,
      [
        'bayesfactor-manual.md',
        'dbscan-hdbscan.md',
        'emmeans-re-engineering-clds.md',
        'posterior-posterior.md',
        'pwr-pwr-vignette.md',
      ],
    ],
    [
      'eighth',
      HOLDOUT_8_DIR,
      [
        'commons-math3-ConjugateGradient.html',
        'commons-math3-KolmogorovSmirnovTest.html',
        'commons-statistics-descriptive-Quantile_EstimationMethod.html',
        'commons-statistics-descriptive-Variance.html',
        'commons-statistics-inference-KolmogorovSmirnovTest.html',
        'libigraph-doc-igraph-Nongraph.html',
        'maxima-doc-maxima_272.html',
      ],
    ],
    [
      'ninth',
      HOLDOUT_9_DIR,
      [
        'aho-corasick-teddy-README.md',
        'libqhull-doc-index.htm',
        'vcdextra-continuous.html',
        'vcdextra-mosaics.html',
        'vcdextra-tests.html',
      ],
    ],
    ['tenth', HOLDOUT_10_DIR, ['bloom-filters-README.md', 'isolation-forest-README.md', 'lastz-index.html']],
    [
      'eleventh',
      HOLDOUT_11_DIR,
      [
        'airr-Usage-Vignette.md',
        'bayesm-bayesm_Overview_Vignette.md',
        'fastlink-README.mapfun.txt',
        'libexttextcat-README.txt',
        'mitml-Analysis.md',
        'treescape-DengueVignette.md',
      ],
    ],
    [
      'twelfth',
      HOLDOUT_12_DIR,
      [
        'bumps-optimizer.html',
        'chemps2-dmrgscf.html',
        'isoformswitchanalyzer-IsoformSwitchAnalyzeR.md',
        'sasmodels-rpa.html',
        'sasmodels-stickyhardsphere.html',
        'treescape-treescape.md',
      ],
    ],
    [
      'thirteenth',
      HOLDOUT_13_DIR,
      [
        'afex-afex_analysing_accuracy_data.md',
        'afex-afex_anova_example.md',
        'amelia-intro-mi.html',
        'cmstatr-hk_ext.html',
        'dosefinding-faq.html',
        'tigger-Tigger-Vignette.md',
      ],
    ],
    ['fourteenth', HOLDOUT_14_DIR, ['codonw-indices.txt', 'mptp-README.md']],
    [
      'fifteenth',
      HOLDOUT_15_DIR,
      [
        'libpysal-alpha_shape.html',
        'qutip-pulse-level-quantum-circuits.html',
        'qutip-quantum-error-mitigation.html',
        'rdkit-RDKit_Book.html',
        'sibelia-SIBELIA.md',
      ],
    ],
    [
      'sixteenth',
      HOLDOUT_16_DIR,
      [
        'brms-brms_missings.md',
        'brms-brms_phylogenetics.md',
        'loo-loo2-example.html',
        'loo-loo2-non-factorized.md',
        'loo-loo2-weights.md',
      ],
    ],
    [
      'seventeenth',
      HOLDOUT_17_DIR,
      ['approx-string-match-README.md', 'pftools-profile.txt', 'r-R-data.html', 'r-R-intro.html'],
    ],
    [
      'eighteenth',
      HOLDOUT_18_DIR,
      [
        'fitsutil-ricepack.txt',
        'vlfeat-svm.html',
        'vlfeat-vl_covdet.html',
        'vlfeat-vl_harris.html',
        'vlfeat-vl_homkermap.html',
      ],
    ],
    ['nineteenth', HOLDOUT_19_DIR, ['melting-index.html']],
    [
      'twentieth',
      HOLDOUT_20_DIR,
      [
        'autoclass-read-me.text',
        'primecount-Easy-Special-Leaves.md',
        'primecount-Partial-Sieve-Function.md',
        'randomx-design.txt',
      ],
    ],
    [
      'twenty-first',
      HOLDOUT_21_DIR,
      [
        'macaulay2-HodgeIntegrals.html',
        'macaulay2-KustinMiller.html',
        'macaulay2-MultiplicitySequence.html',
        'macaulay2-ResolutionsOfStanleyReisnerRings.html',
        'macaulay2-ToricInvariants.html',
      ],
    ],
    [
      'twenty-second',
      HOLDOUT_22_DIR,
      [
        'astronomical-almanac-read.me.txt',
        'libcerf-w_of_z.html',
        'ncbi-seg-seg.doc.txt',
        'paml-lysin-README.txt',
        'paml-lysozyme-README.txt',
      ],
    ],
    [
      'twenty-third',
      HOLDOUT_23_DIR,
      [
        'botan-side_channels.txt',
        'ns3-antenna-design.html',
        'ns3-cobalt.html',
        'ns3-uan.txt',
        'ns3-wave.html',
      ],
    ],
    [
      'twenty-fourth',
      HOLDOUT_24_DIR,
      [
        'clubsandwich-meta-analysis-with-CRVE.md',
        'clubsandwich-panel-data-CRVE.md',
        'ctmcd-ctmcd_vignette.md',
        'qqconf-qqconf_introduction.md',
      ],
    ],
    [
      'twenty-fifth',
      HOLDOUT_25_DIR,
      [
        'destiny-Diffusion-Maps.html',
        'fishpond-allelic.html',
        'matchit-MatchIt.html',
        'matchit-sampling-weights.html',
      ],
    ],
    [
      'twenty-sixth',
      HOLDOUT_26_DIR,
      ['itpp-Sort.html', 'slicot-AB09IY.html', 'slicot-FD01AD.html', 'substance-texture-elife-32671.xml'],
    ],
    [
      'twenty-seventh',
      HOLDOUT_27_DIR,
      ['jlouvain-README.md', 'jscat-README.md', 'louvain-README.md', 'quadprog-README.md'],
    ],
    [
      'twenty-eighth',
      HOLDOUT_28_DIR,
      [
        'king-probe-README.probe.txt',
        'konclude-Readme.txt',
        'petsc-PCDEFLATION.html',
        'petsc-PCFIELDSPLIT.html',
        'petsc-PCHPDDM.html',
      ],
    ],
    [
      'twenty-ninth',
      HOLDOUT_29_DIR,
      [
        'jts-core-MinimumClearance.html',
        'moeaframework-MSOPSRankedPopulation.html',
        'orekit-Geoid.html',
        'weka-stable-BVDecomposeSegCVSub.html',
        'weka-stable-StringKernel.html',
      ],
    ],
    [
      'thirtieth',
      HOLDOUT_30_DIR,
      ['fplll-README.md', 'primesieve-ALGORITHMS.md', 'primesieve-README.implementation.md'],
    ],
    [
      'thirty-first',
      HOLDOUT_31_DIR,
      ['artfastqgenerator-README.txt', 'gmt-gshhg-README.txt', 'gmt-spotter-README.txt'],
    ],
    [
      'thirty-second',
      HOLDOUT_32_DIR,
      ['mash-distances.html', 'recan-README.md', 'slepc4py-overview.html', 'yade-potentialparticles.html'],
    ],
    [
      'thirty-fourth',
      HOLDOUT_34_DIR,
      ['libpam-doc-draft-morgan-pam.txt', 'libpam-doc-rfc86.txt', 'rtdists-reanalysis_rr98.html'],
    ],
    [
      'thirty-fifth',
      HOLDOUT_35_DIR,
      ['nipype-confounds.html', 'nipype-dipy-reconstruction.html', 'nipype-petpvc.html', 'phcpy-welcome.txt'],
    ],
    [
      'thirty-sixth',
      HOLDOUT_36_DIR,
      [
        'docutils-doc-pep-0256.txt',
        'docutils-doc-pep-0257.html',
        'flexml-paper.html',
        'obfs4proxy-obfs4-spec.txt',
      ],
    ],
    [
      'thirty-seventh',
      HOLDOUT_37_DIR,
      ['guerry-multivariate.html', 'rnexml-simmap.html', 'splines2-wi-rcpp.html'],
    ],
    [
      'thirty-eighth',
      HOLDOUT_38_DIR,
      [
        'liblapack-doc-dgejsv.html',
        'liblapack-doc-dgesvj.html',
        'liblapack-doc-dlaorhr_col_getrfnp2.html',
        'liblzma-dev-xz-file-format.txt',
      ],
    ],
    [
      'fortieth',
      HOLDOUT_40_DIR,
      ['git-doc-bisect-lk2009.txt', 'git-doc-git-bisect-lk2009.html', 'git-doc-hash-function-transition.txt'],
    ],
    ['forty-first', HOLDOUT_41_DIR, ['freetype2-doc-formats.txt', 'splint-doc-html-manual.html']],
    ['forty-second', HOLDOUT_42_DIR, ['libspatialaudio-dev-README.md', 'libxenium-doc-index.html']],
    [
      'forty-third',
      HOLDOUT_43_DIR,
      ['fastd-doc-ciphers.txt', 'fastd-doc-ec25519.html', 'fastd-doc-fhmqvc.txt', 'fastd-doc-macs.txt'],
    ],
    ['forty-fourth', HOLDOUT_44_DIR, ['minexpert2-doc-preface.html']],
    ['forty-fifth', HOLDOUT_45_DIR, ['permute-permutations.html']],
    ['forty-seventh', HOLDOUT_47_DIR, ['libdivsufsort-dev-README.txt']],
    [
      'forty-eighth',
      HOLDOUT_48_DIR,
      ['r-cran-dbi-DBI-proposal.html', 'x11proto-dev-fsproto.txt', 'x11proto-dev-randrproto.txt'],
    ],
    [
      'thirty-ninth',
      HOLDOUT_39_DIR,
      ['cython-overview.html', 'cython-readings.html', 'cython-related_work.txt'],
    ],
    [
      'thirty-third',
      HOLDOUT_33_DIR,
      ['espeak-ng-phonemes.html', 'libogg-rfc5334.txt', 'ntpsec-kern.html', 'pyerfa-refco.html'],
    ],
    [
      'forty-sixth',
      HOLDOUT_46_DIR,
      [
        'hmmer-examples-esl_varint.md',
        'linux-doc-6.1-html-sched-deadline.html',
        'linux-doc-6.1-orc-unwinder.txt',
        'linux-doc-6.1-sched-deadline.txt',
      ],
    ],
    [
      'forty-ninth',
      HOLDOUT_49_DIR,
      [
        'llvm-15-doc-DependenceGraphs.txt',
        'llvm-15-doc-GitHubMove.html',
        'llvm-15-doc-VectorizationPlan.html',
        'open-roms-Protocol-JiffyDOS.md',
      ],
    ],
    [
      'fiftieth',
      HOLDOUT_50_DIR,
      ['haproxy-proxy-protocol.txt', 'tcllib-ripemd128.html', 'tcllib-sasl.html', 'tcllib-tcllib_dns.html'],
    ],
    [
      'fifty-first',
      HOLDOUT_51_DIR,
      [
        'brutefir-brutefir.html',
        'soundscaperenderer-common-general.html',
        'soundscaperenderer-common-renderers.html',
      ],
    ],
    [
      'fifty-second',
      HOLDOUT_52_DIR,
      ['dpdk-doc-hash_lib.txt', 'dpdk-doc-member_lib.txt', 'openvswitch-doc-windows.html'],
    ],
    [
      'fifty-third',
      HOLDOUT_53_DIR,
      ['axiom-doc-axiom_tutorialu.html', 'cbflib-doc-Caxis.html', 'cbflib-doc-cbf_definition_rev.html'],
    ],
    [
      'fifty-fourth',
      HOLDOUT_54_DIR,
      [
        'clang-15-doc-ControlFlowIntegrityDesign.txt',
        'clang-15-doc-ShadowCallStack.txt',
        'ghc-doc-functional_dependencies.txt',
        'ghc-doc-type_families.txt',
      ],
    ],
    ['fifty-fifth', HOLDOUT_55_DIR, ['menhir-doc-manual.html']],
    [
      'fifty-sixth',
      HOLDOUT_56_DIR,
      [
        'csound-doc-phaser2.html',
        'elastix-doc-ParzenWindowNormalizedMutualInformationImageToImageMetric.html',
      ],
    ],
    [
      'fifty-seventh',
      HOLDOUT_57_DIR,
      ['primecount-doc-Hard-Special-Leaves.md', 'primecount-doc-html-Hard-Special-Leaves.html'],
    ],
    [
      'fifty-eighth',
      HOLDOUT_58_DIR,
      [
        'gnuradio-doc-ofdm_chanest_vcvc.html',
        'gnuradio-doc-ofdm_sync_sc_cfb.html',
        'libxtst-doc-xtestlib.html',
      ],
    ],
    [
      'fifty-ninth',
      HOLDOUT_59_DIR,
      [
        'libboost1.74-doc-hyperexponential_distribution.html',
        'libboost1.74-doc-peaks_over_threshold_impl.html',
      ],
    ],
    [
      'sixtieth',
      HOLDOUT_60_DIR,
      [
        'python-bidict-doc-README.txt',
        'python-toolz-doc-heritage.txt',
        'python-tweepy-doc-extended_tweets.txt',
      ],
    ],
    [
      'sixty-first',
      HOLDOUT_61_DIR,
      [
        'haskell98-report-random.html',
        'python-ubelt-doc-util_dict.html',
        'python-ubelt-doc-util_platform.html',
        'r6rs-nanopass-dev-ReadMe.md',
      ],
    ],
    ['sixty-second', HOLDOUT_62_DIR, ['vsearch-README.html']],
    [
      'sixty-third',
      HOLDOUT_63_DIR,
      [
        'courier-doc-draft-varshavchik-exdata-smtpext.txt',
        'courier-doc-draft-varshavchik-security-smtpext.txt',
        'courier-doc-draft-varshavchik-verp-smtpext.txt',
      ],
    ],
    ['sixty-fourth', HOLDOUT_64_DIR, ['libstdc++-12-doc-policy_data_structures.html']],
    [
      'sixty-fifth',
      HOLDOUT_65_DIR,
      ['python-mlpy-doc-dim_red.html', 'python-mlpy-doc-lin_regr.html', 'swi-prolog-doc-pldoc.html'],
    ],
    ['sixty-sixth', HOLDOUT_66_DIR, ['secure-delete-usenix6-gutmann.txt']],
    [
      'sixty-seventh',
      HOLDOUT_67_DIR,
      ['libxmp-dev-fixloop.txt', 'postgresql-15-tdigest-README.md', 'texlive-science-doc-isomath.txt'],
    ],
    ['sixty-eighth', HOLDOUT_68_DIR, ['python3-pattern-1701.00056.txt', 'python3-pattern-1701.00066.txt']],
    [
      'sixty-ninth',
      HOLDOUT_69_DIR,
      ['libst-dev-st.html', 'sgt-puzzles-puzzles.txt', 'xen-doc-xenstore-migration.html'],
    ],
  ])(
    'each %s held-out truth quotes its document, in order, and numbers what is not listed after the list',
    async (_set, dir, files) => {
      const cases = await loadWebCorpus(dir);
      expect(cases.map((c) => c.file)).toEqual(files);
      for (const c of cases) {
        expect(c.format, c.file).toBe(formatOf(c.file));
        expectHeldOutTruth(c);
      }
    },
  );
});

/** The format a file's extension names, as the truth must record it (`.text` is plain text too, as the app reads it). */
function formatOf(file: string): string {
  return file.endsWith('.md') ? 'markdown' : /\.(txt|text)$/.test(file) ? 'text' : 'html';
}

/** A held-out page's truth: quoted in order, only citing paragraphs, and at least two citations. */
function expectHeldOutTruth(c: WebCase) {
  expectTruthQuotesFile(c);
  // Only paragraphs that cite are listed, and every page was chosen because it cites at least twice.
  expect(
    c.paragraphs.filter((p) => p.cites.length === 0).map((p) => p.text),
    c.file,
  ).toEqual([]);
  expect(c.paragraphs.flatMap((p) => p.cites).length, c.file).toBeGreaterThanOrEqual(2);
}

// A fragment with no <html> element (pandoc without --standalone) has no element that holds it
// all: its text is that of every top-level node, in order.
function htmlText(text: string): string {
  const { document } = parseHTML(text);
  if (document.documentElement?.tagName === 'HTML') return document.documentElement.textContent ?? '';
  return [...document.childNodes].map((n) => n.textContent ?? '').join(' ');
}

/** The truth's paragraphs appear in the file in order; unlisted works are numbered after the list. */
function expectTruthQuotesFile(c: WebCase) {
  // Tag names are letters too: an HTML file is compared without its tags, entities decoded.
  const text = new TextDecoder().decode(c.bytes);
  // A Markdown link shows its text, not its target: truth quotes `[1](#anchor)` as `1`.
  const file = normaliseForMatch(
    c.format === 'html' ? htmlText(text) : c.format === 'markdown' ? text.replace(/\]\([^)]*\)/g, ']') : text,
  );
  let at = 0;
  let unlisted = c.references;
  for (const p of c.paragraphs) {
    const found = file.indexOf(normaliseForMatch(p.text), at);
    expect(found, `${c.file}: ${p.text}`).toBeGreaterThanOrEqual(at);
    at = found;
    expect(p.cites.every((n) => n >= 1)).toBe(true);
    // A work cited but not listed takes the next number after the list, in order of first use.
    for (const n of p.cites.filter((n) => n > c.references)) {
      expect(n, `${c.file}: ${p.text}`).toBeLessThanOrEqual(unlisted + 1);
      unlisted = Math.max(unlisted, n);
    }
  }
}
