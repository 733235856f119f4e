// The word lists of `punctuation-spacing` (rules/punctuation-spacing.ts). All lower case.

/**
 * Top-level domains and file extensions: after a full stop with no space they make an
 * address or a file name ("One.Net", "Report.Pdf"), not a new sentence.
 */
export const DOTTED_ENDINGS: ReadonlySet<string> = new Set([
  'com', 'net', 'org', 'gov', 'edu', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'mobi', 'jobs',
  'travel', 'post', 'museum', 'aero', 'coop', 'xxx', 'tel', 'asia', 'cat', 'app', 'dev', 'tech',
  'online', 'site', 'web', 'shop', 'blog', 'news', 'co', 'uk', 'us', 'eu', 'de', 'fr', 'es',
  'it', 'nl', 'be', 'ch', 'at', 'ie', 'se', 'no', 'dk', 'fi', 'pl', 'ru', 'cn', 'jp', 'kr',
  'in', 'au', 'nz', 'ca', 'br', 'mx', 'za', 'io', 'tv', 'fm', 'me', 'ly', 'ai', 'to', 'cc',
  'ws', 'am', 'gg', 'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'txt', 'csv', 'htm', 'html',
  'php', 'asp', 'aspx', 'jsp', 'js', 'ts', 'css', 'xml', 'json', 'exe', 'dll', 'zip', 'rar',
  'jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'svg', 'mp3', 'mp4', 'wav', 'wma', 'avi',
  'mov', 'mpg', 'mpeg', 'ogg', 'flac', 'm3u', 'pls', 'iso', 'bat', 'sh', 'py', 'md',
]);

/**
 * Words that open sentences and are rarely the second half of a name or brand. After a
 * capitalised word ("Blair.The") only these make the stop with no space a missing space:
 * "One.Tel" and "Yahoo!Mail" are names. They win over DOTTED_ENDINGS ("said.It", not ".it").
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'this', 'that', 'these', 'those', 'there', 'then', 'they', 'their', 'them', 'he',
  'she', 'it', 'its', 'we', 'you', 'his', 'her', 'our', 'my', 'your', 'but', 'and',
  'so', 'yet', 'or', 'however', 'meanwhile', 'although', 'though', 'while', 'when', 'what',
  'where', 'why', 'who', 'how', 'if', 'in', 'on', 'at', 'for', 'from', 'with', 'after',
  'before', 'since', 'as', 'an', 'some', 'many', 'most', 'all', 'one', 'now', 'also', 'even',
  'still', 'instead', 'other', 'others', 'last', 'earlier', 'later', 'both', 'each', 'such',
  'not', 'no', 'is', 'was', 'are', 'were', 'do', 'does', 'did', 'has', 'have', 'had', 'can',
  'will', 'would', 'should', 'could', 'i', 'a',
]);
