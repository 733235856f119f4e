// User settings shared by every VS Code the tests start (code-server and @vscode/test-electron).

/**
 * User settings for a quiet, predictable workbench: no welcome page, tips, telemetry,
 * recommendations or update checks; and files saved only when asked, as desktop VS Code does
 * by default (in a browser VS Code auto-saves after a second, which would save edits before
 * a test's explicit save).
 */
export const QUIET_SETTINGS = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
};
