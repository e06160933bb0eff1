type Directive = 'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'object-src' | 'base-uri' | 'form-action';
export declare const CSP_DIRECTIVES: `${Directive} ${string}`[];
export declare const CSP_SCRIPT_RESOURCES: string[];
