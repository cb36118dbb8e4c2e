/**
 * Strict CSS colour validation for values that come from a URL. Only these
 * shapes pass: `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`/`rgba()` and
 * `hsl()`/`hsla()` with plain numbers, or a CSS named colour. Anything else
 * (`var()`, `url()`, `;`, quotes, braces, `expression()`) is refused, so a
 * value can never carry style or markup.
 */

const MAX_COLOUR_LENGTH = 64;

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/;
const NUM = String.raw`(\d{1,3}(?:\.\d+)?)`;
const ALPHA = String.raw`(?:\s*[,/]\s*((?:\d{1,3}(?:\.\d+)?|\.\d+)%?))?`;
const RGB = new RegExp(
  String.raw`^rgba?\(\s*${NUM}(%?)\s*[,\s]\s*${NUM}(%?)\s*[,\s]\s*${NUM}(%?)${ALPHA}\s*\)$`,
);
const HSL = new RegExp(
  String.raw`^hsla?\(\s*${NUM}(?:deg)?\s*[,\s]\s*${NUM}%\s*[,\s]\s*${NUM}%${ALPHA}\s*\)$`,
);

/** The CSS named colours (CSS Color 4), lower case. */
export const NAMED_COLOURS: ReadonlySet<string> = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black ' +
    'blanchedalmond blue blueviolet brown burlywood cadetblue chartreuse ' +
    'chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta ' +
    'darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
    'darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite ' +
    'forestgreen fuchsia gainsboro ghostwhite gold goldenrod gray green ' +
    'greenyellow grey honeydew hotpink indianred indigo ivory khaki lavender ' +
    'lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
    'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink ' +
    'lightsalmon lightseagreen lightskyblue lightslategray lightslategrey ' +
    'lightsteelblue lightyellow lime limegreen linen magenta maroon ' +
    'mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
    'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred ' +
    'midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive ' +
    'olivedrab orange orangered orchid palegoldenrod palegreen paleturquoise ' +
    'palevioletred papayawhip peachpuff peru pink plum powderblue purple ' +
    'rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey ' +
    'snow springgreen steelblue tan teal thistle tomato turquoise violet ' +
    'wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

function alphaOk(alpha: string | undefined): boolean {
  if (alpha === undefined || alpha === '') return alpha === undefined;
  const value = parseFloat(alpha);
  if (Number.isNaN(value)) return false;
  return alpha.endsWith('%') ? value <= 100 : value <= 1;
}

function rgbOk(match: RegExpExecArray): boolean {
  // Groups: value, percent sign, value, percent sign, value, percent sign, alpha.
  const channels = [1, 3, 5].map((i) => ({
    value: Number(match[i]),
    percent: match[i + 1] === '%',
  }));
  const mixed = channels.some((c) => c.percent !== channels[0]?.percent);
  if (mixed) return false;
  return (
    channels.every((c) => c.value <= (c.percent ? 100 : 255)) &&
    alphaOk(match[7])
  );
}

function hslOk(match: RegExpExecArray): boolean {
  return (
    Number(match[1]) <= 360 &&
    Number(match[2]) <= 100 &&
    Number(match[3]) <= 100 &&
    alphaOk(match[4])
  );
}

/**
 * The colour in a normalised form (trimmed, lower case), or `null` when the
 * value is not a colour this app accepts.
 */
export function normaliseCssColour(raw: string): string | null {
  const value = raw.trim().toLowerCase();
  if (value.length === 0 || value.length > MAX_COLOUR_LENGTH) return null;
  if (HEX.test(value) || NAMED_COLOURS.has(value)) return value;
  const rgb = RGB.exec(value);
  if (rgb) return rgbOk(rgb) ? value : null;
  const hsl = HSL.exec(value);
  if (hsl) return hslOk(hsl) ? value : null;
  return null;
}
