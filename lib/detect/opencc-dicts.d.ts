// opencc-js ships its dictionaries as modules with a default string export but no types.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
