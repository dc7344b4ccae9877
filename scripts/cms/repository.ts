/**
 * Which GitHub repository and branch the published CMS saves to. A CMS pointed at a made-up
 * repository shows staff a login that leads nowhere, so when no setting names one the build
 * leaves /admin/ out and says which setting to add (scripts/cms/admin.ts).
 */
import { bilingual as b, type Bilingual } from "../problems/problem.ts";
import { branchProblem, repositoryProblem, type Settings } from "../schema/settings.ts";
import { SiteAddressError } from "../site/site-address.ts";

export interface CmsRepository {
  readonly repo: string;
  readonly branch: string;
  /** Where the repository came from, as a person would look for it. */
  readonly source: string;
}

const given = (value: string | undefined): value is string =>
  value !== undefined && value.trim() !== "";

/** `owner/name` of a GitHub address as Netlify gives it (`https://github.com/o/n`, `git@github.com:o/n.git`). */
export function githubRepositoryOf(url: string): string | undefined {
  const match =
    /^(?:https:\/\/(?:[^@/]+@)?github\.com\/|git@github\.com:)([^/]+\/[^/]+?)(?:\.git)?\/?$/i.exec(
      url.trim(),
    );
  return match && !repositoryProblem(match[1]!) ? match[1] : undefined;
}

/** The branch this build's host is building, if it says. */
function hostBranch(env: NodeJS.ProcessEnv): [source: string, value: string] | undefined {
  // A pull request's GITHUB_REF_NAME is `12/merge`, not a branch; its own branch is GITHUB_HEAD_REF.
  if (env.GITHUB_ACTIONS === "true" && given(env.GITHUB_HEAD_REF))
    return ["GITHUB_HEAD_REF", env.GITHUB_HEAD_REF];
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_REF_TYPE !== "tag" && given(env.GITHUB_REF_NAME))
    return ["GITHUB_REF_NAME", env.GITHUB_REF_NAME];
  if (env.NETLIFY === "true" && given(env.BRANCH)) return ["BRANCH (Netlify)", env.BRANCH];
  if (env.CF_PAGES === "1" && given(env.CF_PAGES_BRANCH))
    return ["CF_PAGES_BRANCH (Cloudflare Pages)", env.CF_PAGES_BRANCH];
  return undefined;
}

/** The repository this build's host is building, if it says (Cloudflare Pages does not). */
function hostRepository(env: NodeJS.ProcessEnv): [source: string, value: string] | undefined {
  if (env.GITHUB_ACTIONS === "true" && given(env.GITHUB_REPOSITORY))
    return ["GITHUB_REPOSITORY", env.GITHUB_REPOSITORY];
  const fromNetlify =
    env.NETLIFY === "true" && given(env.REPOSITORY_URL)
      ? githubRepositoryOf(env.REPOSITORY_URL)
      : undefined;
  return fromNetlify ? ["REPOSITORY_URL (Netlify)", fromNetlify] : undefined;
}

function refused(source: string, value: string, problem: Bilingual): SiteAddressError {
  return new SiteAddressError(
    b(
      `${source} (${JSON.stringify(value).slice(0, 80)}) tidak bisa dipakai: ${problem.id}`,
      `${source} (${JSON.stringify(value).slice(0, 80)}) cannot be used: ${problem.en}`,
    ),
  );
}

/**
 * The repository and branch, each from the first setting that has one: `ETALASE_CMS_REPO` /
 * `ETALASE_CMS_BRANCH`, then `repo` / `branch` in the settings file, then the host's variables;
 * the branch is `main` when none says. Undefined when no setting names a repository. A value we
 * were told on purpose that cannot be used throws SiteAddressError; a host's that cannot (a
 * repository outside GitHub) counts as none.
 */
export function cmsRepository(
  env: NodeJS.ProcessEnv,
  settings: Pick<Settings, "repo" | "branch"> = {},
): CmsRepository | undefined {
  const explicitRepo = given(env.ETALASE_CMS_REPO) ? env.ETALASE_CMS_REPO.trim() : undefined;
  const repoProblem = explicitRepo !== undefined ? repositoryProblem(explicitRepo) : undefined;
  if (explicitRepo !== undefined && repoProblem)
    throw refused("ETALASE_CMS_REPO", explicitRepo, repoProblem);
  const explicitBranch = given(env.ETALASE_CMS_BRANCH) ? env.ETALASE_CMS_BRANCH.trim() : undefined;
  const badBranch = explicitBranch !== undefined ? branchProblem(explicitBranch) : undefined;
  if (explicitBranch !== undefined && badBranch)
    throw refused("ETALASE_CMS_BRANCH", explicitBranch, badBranch);

  const fromHost = hostRepository(env);
  const [source, repo] = explicitRepo
    ? ["ETALASE_CMS_REPO", explicitRepo]
    : settings.repo
      ? ["repo (etalase.config.json)", settings.repo]
      : (fromHost ?? [undefined, undefined]);
  if (!repo || !source) return undefined;
  const hostsBranch = hostBranch(env);
  const branch =
    explicitBranch ??
    settings.branch ??
    (hostsBranch && !branchProblem(hostsBranch[1]) ? hostsBranch[1] : "main");
  return { repo, branch, source };
}

/** The one warning of a build that leaves /admin/ out. */
export const NO_REPOSITORY_WARNING = b(
  'CMS (/admin/) tidak disertakan: repositori GitHub situs ini belum diatur. Tulis "repo": "pemilik/nama" (dan "branch") di etalase.config.json dengan npm run setup, atau atur variabel ETALASE_CMS_REPO.',
  'The CMS (/admin/) is left out: this site\'s GitHub repository is not set. Write "repo": "owner/name" (and "branch") in etalase.config.json with npm run setup, or set the ETALASE_CMS_REPO variable.',
);
