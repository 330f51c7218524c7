(function () {
'use strict';
const wasmGlue = (function () {
/**
 * An opened bundle: header MAC verified, manifest decrypted and validated.
 * Holds the bundle key inside wasm memory (zeroed when freed).
 */
class Bundle {
    static __wrap(ptr) {
        const obj = Object.create(Bundle.prototype);
        obj.__wbg_ptr = ptr;
        BundleFinalization.register(obj, obj.__wbg_ptr, obj);
        return obj;
    }
    __destroy_into_raw() {
        const ptr = this.__wbg_ptr;
        this.__wbg_ptr = 0;
        BundleFinalization.unregister(this);
        return ptr;
    }
    free() {
        const ptr = this.__destroy_into_raw();
        wasm.__wbg_bundle_free(ptr, 0);
    }
    /**
     * The bundle id, hex.
     * @returns {string}
     */
    get bundle_id() {
        let deferred1_0;
        let deferred1_1;
        try {
            const ret = wasm.bundle_bundle_id(this.__wbg_ptr);
            deferred1_0 = ret[0];
            deferred1_1 = ret[1];
            return getStringFromWasm0(ret[0], ret[1]);
        } finally {
            wasm.__wbindgen_free(deferred1_0, deferred1_1, 1);
        }
    }
    /**
     * The object to fetch for `name` shown `target_px` device pixels wide:
     * `{"id", "variant", "len", "type", "width", "height"}` as JSON.
     * @param {string} name
     * @param {number} target_px
     * @returns {string}
     */
    choose(name, target_px) {
        let deferred4_0;
        let deferred4_1;
        try {
            const val2 = +target_px;
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.bundle_choose(this.__wbg_ptr, ptr0, len0, val2);
            var ptr3 = ret[0];
            var len3 = ret[1];
            if (ret[3]) {
                ptr3 = 0; len3 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred4_0 = ptr3;
            deferred4_1 = len3;
            return getStringFromWasm0(ptr3, len3);
        } finally {
            wasm.__wbindgen_free(deferred4_0, deferred4_1, 1);
        }
    }
    /**
     * Decrypts object `id` (32 hex digits, from [`Bundle::choose`]) from its
     * ciphertext `ct` (all of `o/<id>`). Resolves to a `Blob` of the
     * object's media type, built only after everything verified; rejects
     * with code `object_verification` otherwise. Uses WebCrypto when
     * `crypto.subtle` exists.
     * @param {string} id
     * @param {Uint8Array} ct
     * @returns {Promise<any>}
     */
    decrypt(id, ct) {
        const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.bundle_decrypt(this.__wbg_ptr, ptr0, len0, ct);
        return ret;
    }
    /**
     * [`Bundle::decrypt`] with an explicit engine: `webcrypto = false`
     * forces the pure-Rust path (tests and benchmarks).
     * @param {string} id
     * @param {Uint8Array} ct
     * @param {boolean} webcrypto
     * @returns {Promise<any>}
     */
    decrypt_with(id, ct, webcrypto) {
        const val2 = +webcrypto;
        const ptr0 = passStringToWasm0(id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.bundle_decrypt_with(this.__wbg_ptr, ptr0, len0, ct, val2);
        return ret;
    }
    /**
     * `{"name", "width", "height", "placeholder": {"type","data"}|null,
     * "variants": [widths]}` as JSON.
     * @param {string} name
     * @returns {string}
     */
    entry(name) {
        let deferred3_0;
        let deferred3_1;
        try {
            const ptr0 = passStringToWasm0(name, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            const len0 = WASM_VECTOR_LEN;
            const ret = wasm.bundle_entry(this.__wbg_ptr, ptr0, len0);
            var ptr2 = ret[0];
            var len2 = ret[1];
            if (ret[3]) {
                ptr2 = 0; len2 = 0;
                throw takeFromExternrefTable0(ret[2]);
            }
            deferred3_0 = ptr2;
            deferred3_1 = len2;
            return getStringFromWasm0(ptr2, len2);
        } finally {
            wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
        }
    }
    /**
     * Every logical name in the bundle, sorted.
     * @returns {string[]}
     */
    names() {
        const ret = wasm.bundle_names(this.__wbg_ptr);
        var v1 = getArrayJsValueFromWasm0(ret[0], ret[1]);
        wasm.__wbindgen_free(ret[0], ret[1] * 4, 4);
        return v1;
    }
    /**
     * Parses `header` (all of `header.pcb`), checks it against `key` (the
     * 32 bytes from the key service): header MAC, manifest decryption and
     * every manifest rule. `bundle_id` (hex, as the key service echoes it)
     * must match the header's, when given.
     * @param {Uint8Array | number[]} header
     * @param {Uint8Array | number[]} key
     * @param {string | null} [bundle_id]
     * @returns {Bundle}
     */
    static open(header, key, bundle_id) {
        let ptr0, len0, ptr1, len1, ptr2, len2;
        try {
            ptr0 = passArray8ToWasm0(header, wasm.__wbindgen_malloc);
            len0 = WASM_VECTOR_LEN;
            ptr1 = passArray8ToWasm0(key, wasm.__wbindgen_malloc);
            len1 = WASM_VECTOR_LEN;
            ptr2 = isLikeNone(bundle_id) ? 0 : passStringToWasm0(bundle_id, wasm.__wbindgen_malloc, wasm.__wbindgen_realloc);
            len2 = WASM_VECTOR_LEN;
        } catch (e) {
            if (ptr2) { wasm.__wbindgen_free(ptr2, len2 * 1, 1); }
            if (ptr1) { wasm.__wbindgen_free(ptr1, len1 * 1, 1); }
            if (ptr0) { wasm.__wbindgen_free(ptr0, len0 * 1, 1); }
            throw e;
        }
        const ret = wasm.bundle_open(ptr0, len0, ptr1, len1, ptr2, len2);
        if (ret[2]) {
            throw takeFromExternrefTable0(ret[1]);
        }
        return Bundle.__wrap(ret[0]);
    }
}
if (Symbol.dispose) Bundle.prototype[Symbol.dispose] = Bundle.prototype.free;

/**
 * `true` when `crypto.subtle` exists (a secure context): objects are then
 * decrypted with WebCrypto.
 * @returns {boolean}
 */
function has_webcrypto() {
    const ret = wasm.has_webcrypto();
    return ret !== 0;
}

/**
 * What the key service needs from a header: `{"slots": base64 of the slot
 * section, "bundle_id": hex}` as JSON. Fails on anything that is not a
 * well-formed version-1 header start.
 * @param {Uint8Array | number[]} header
 * @returns {string}
 */
function slot_section(header) {
    let deferred3_0;
    let deferred3_1;
    try {
        const ptr0 = passArray8ToWasm0(header, wasm.__wbindgen_malloc);
        const len0 = WASM_VECTOR_LEN;
        const ret = wasm.slot_section(ptr0, len0);
        var ptr2 = ret[0];
        var len2 = ret[1];
        if (ret[3]) {
            ptr2 = 0; len2 = 0;
            throw takeFromExternrefTable0(ret[2]);
        }
        deferred3_0 = ptr2;
        deferred3_1 = len2;
        return getStringFromWasm0(ptr2, len2);
    } finally {
        wasm.__wbindgen_free(deferred3_0, deferred3_1, 1);
    }
}
function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg___wbindgen_is_function_741ff2bb612836f5: function(arg0) {
            const ret = typeof(arg0) === 'function';
            return ret;
        },
        __wbg___wbindgen_is_null_c22311b1cc228e3a: function(arg0) {
            const ret = arg0 === null;
            return ret;
        },
        __wbg___wbindgen_is_undefined_be5b34249ff1fc15: function(arg0) {
            const ret = arg0 === undefined;
            return ret;
        },
        __wbg___wbindgen_throw_4c88d8bf264fd984: function(arg0, arg1) {
            throw new Error(getStringFromWasm0(arg0, arg1));
        },
        __wbg__wbg_cb_unref_09736879a3f67559: function(arg0) {
            arg0._wbg_cb_unref();
        },
        __wbg_all_79a70a4b6aca6f9e: function(arg0) {
            const ret = Promise.all(arg0);
            return ret;
        },
        __wbg_byteLength_fa48f24814f5ef46: function(arg0) {
            const ret = arg0.byteLength;
            return ret;
        },
        __wbg_call_a410eb4b59ed5965: function() { return handleError(function (arg0, arg1, arg2) {
            const ret = arg0.call(arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_decrypt_5cecfb3466b06fd8: function() { return handleError(function (arg0, arg1, arg2, arg3) {
            const ret = arg0.decrypt(arg1, arg2, arg3);
            return ret;
        }, arguments); },
        __wbg_fill_6ab2ffab47cad7ab: function(arg0, arg1, arg2, arg3) {
            const ret = arg0.fill(arg1, arg2 >>> 0, arg3 >>> 0);
            return ret;
        },
        __wbg_get_2080c49015e35254: function() { return handleError(function (arg0, arg1) {
            const ret = Reflect.get(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_get_d7176cfb76d71114: function(arg0, arg1) {
            const ret = arg0[arg1 >>> 0];
            return ret;
        },
        __wbg_importKey_d8db521a98ea1991: function() { return handleError(function (arg0, arg1, arg2, arg3, arg4, arg5, arg6, arg7) {
            const ret = arg0.importKey(getStringFromWasm0(arg1, arg2), arg3, getStringFromWasm0(arg4, arg5), arg6 !== 0, arg7);
            return ret;
        }, arguments); },
        __wbg_instanceof_SubtleCrypto_72dd685a107b4b5f: function(arg0) {
            let result;
            try {
                result = arg0 instanceof SubtleCrypto;
            } catch (_) {
                result = false;
            }
            const ret = result;
            return ret;
        },
        __wbg_length_186163212ffe79c3: function(arg0) {
            const ret = arg0.length;
            return ret;
        },
        __wbg_new_787b9fb330d55d78: function(arg0, arg1) {
            const ret = new Error(getStringFromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_cd4348290afae586: function() {
            const ret = new Object();
            return ret;
        },
        __wbg_new_from_slice_b8daf545a41c6aa0: function(arg0, arg1) {
            const ret = new Uint8Array(getArrayU8FromWasm0(arg0, arg1));
            return ret;
        },
        __wbg_new_typed_e09da9dae6ee5935: function(arg0, arg1) {
            try {
                var state0 = {a: arg0, b: arg1};
                var cb0 = (arg0, arg1) => {
                    const a = state0.a;
                    state0.a = 0;
                    try {
                        return wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(a, state0.b, arg0, arg1);
                    } finally {
                        state0.a = a;
                    }
                };
                const ret = new Promise(cb0);
                return ret;
            } finally {
                state0.a = 0;
            }
        },
        __wbg_new_with_buffer_source_sequence_and_options_ea80baf2bc7ac33a: function() { return handleError(function (arg0, arg1) {
            const ret = new Blob(arg0, arg1);
            return ret;
        }, arguments); },
        __wbg_new_with_byte_offset_and_length_3cd32055a417f095: function(arg0, arg1, arg2) {
            const ret = new Uint8Array(arg0, arg1 >>> 0, arg2 >>> 0);
            return ret;
        },
        __wbg_new_with_length_a3dc62dea6e2e158: function(arg0) {
            const ret = new Array(arg0 >>> 0);
            return ret;
        },
        __wbg_of_027eb15371aac932: function(arg0) {
            const ret = Array.of(arg0);
            return ret;
        },
        __wbg_prototypesetcall_13162965d1fe7aa3: function(arg0, arg1, arg2) {
            Uint8Array.prototype.set.call(getArrayU8FromWasm0(arg0, arg1), arg2);
        },
        __wbg_queueMicrotask_1e8503a8a690f0a3: function(arg0) {
            const ret = arg0.queueMicrotask;
            return ret;
        },
        __wbg_queueMicrotask_4a1a4d8dd332373b: function(arg0) {
            queueMicrotask(arg0);
        },
        __wbg_resolve_dbf78ab4942478b0: function(arg0) {
            const ret = Promise.resolve(arg0);
            return ret;
        },
        __wbg_set_2793479888329cb6: function() { return handleError(function (arg0, arg1, arg2) {
            const ret = Reflect.set(arg0, arg1, arg2);
            return ret;
        }, arguments); },
        __wbg_set_d2d33b52458e984a: function(arg0, arg1, arg2) {
            arg0[arg1 >>> 0] = arg2;
        },
        __wbg_set_iv_ed5385052ec4e125: function(arg0, arg1) {
            arg0.iv = arg1;
        },
        __wbg_set_name_cad61b43483f8727: function(arg0, arg1, arg2) {
            arg0.name = getStringFromWasm0(arg1, arg2);
        },
        __wbg_set_type_609b0cea6429d7bb: function(arg0, arg1, arg2) {
            arg0.type = getStringFromWasm0(arg1, arg2);
        },
        __wbg_static_accessor_GLOBAL_THIS_003ee833af9699fc: function() {
            const ret = typeof globalThis === 'undefined' ? undefined : globalThis;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_GLOBAL_e4293fb22cbe77da: function() {
            const ret = typeof global === 'undefined' ? undefined : global;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_SELF_53bb20457401453d: function() {
            const ret = typeof self === 'undefined' ? undefined : self;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_static_accessor_WINDOW_b5e0810bfecb7feb: function() {
            const ret = typeof window === 'undefined' ? undefined : window;
            return isLikeNone(ret) ? 0 : addToExternrefTable0(ret);
        },
        __wbg_subarray_58f388a9247ac0bb: function(arg0, arg1, arg2) {
            const ret = arg0.subarray(arg1 >>> 0, arg2 >>> 0);
            return ret;
        },
        __wbg_then_656f253a5dd7d8ea: function(arg0, arg1, arg2) {
            const ret = arg0.then(arg1, arg2);
            return ret;
        },
        __wbg_then_e3f7f2d365708be8: function(arg0, arg1) {
            const ret = arg0.then(arg1);
            return ret;
        },
        __wbindgen_generic_0000000000000001: function(arg0, arg1) {
            // Cast intrinsic for `Closure(Closure { owned: true, function: Function { arguments: [Externref], shim_idx: 22, ret: Result(Unit), inner_ret: Some(Result(Unit)) }, mutable: true }) -> Externref`.
            const ret = makeMutClosure(arg0, arg1, wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647);
            return ret;
        },
        __wbindgen_generic_0000000000000002: function(arg0, arg1) {
            // Cast intrinsic for `Ref(String) -> Externref`.
            const ret = getStringFromWasm0(arg0, arg1);
            return ret;
        },
        __wbindgen_init_externref_table: function() {
            const table = wasm.__wbindgen_externrefs;
            table.set(0, undefined);
            table.set(1024, undefined);
            table.set(1025, null);
            table.set(1026, true);
            table.set(1027, false);
        },
    };
    return {
        __proto__: null,
        "./panelcrypt_wasm_bg.js": import0,
    };
}

function wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647(arg0, arg1, arg2) {
    const ret = wasm.wasm_bindgen__convert__closures_____invoke__h93e06a32c257c647(arg0, arg1, arg2);
    if (ret[1]) {
        throw takeFromExternrefTable0(ret[0]);
    }
}

function wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(arg0, arg1, arg2, arg3) {
    wasm.wasm_bindgen__convert__closures_____invoke__h3dca74d1efd09ef0(arg0, arg1, arg2, arg3);
}

const BundleFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_bundle_free(ptr, 1));

function addToExternrefTable0(obj) {
    const idx = wasm.__externref_table_alloc();
    wasm.__wbindgen_externrefs.set(idx, obj);
    return idx;
}

const CLOSURE_DTORS = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(state => wasm.__wbindgen_destroy_closure(state.a, state.b));

function getArrayJsValueFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    const mem = getDataViewMemory0();
    const result = [];
    for (let i = ptr; i < ptr + 4 * len; i += 4) {
        result.push(wasm.__wbindgen_externrefs.get(mem.getUint32(i, true)));
    }
    wasm.__externref_drop_slice(ptr, len);
    return result;
}

function getArrayU8FromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return getUint8ArrayMemory0().subarray(ptr / 1, ptr / 1 + len);
}

let cachedDataViewMemory0 = null;
function getDataViewMemory0() {
    if (cachedDataViewMemory0 === null || cachedDataViewMemory0.buffer.detached === true || (cachedDataViewMemory0.buffer.detached === undefined && cachedDataViewMemory0.buffer !== wasm.memory.buffer)) {
        cachedDataViewMemory0 = new DataView(wasm.memory.buffer);
    }
    return cachedDataViewMemory0;
}

function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}

let cachedUint8ArrayMemory0 = null;
function getUint8ArrayMemory0() {
    if (cachedUint8ArrayMemory0 === null || cachedUint8ArrayMemory0.byteLength === 0) {
        cachedUint8ArrayMemory0 = new Uint8Array(wasm.memory.buffer);
    }
    return cachedUint8ArrayMemory0;
}

function handleError(f, args) {
    try {
        return f.apply(this, args);
    } catch (e) {
        const idx = addToExternrefTable0(e);
        wasm.__wbindgen_exn_store(idx);
    }
}

function isLikeNone(x) {
    return x === undefined || x === null;
}

function makeMutClosure(arg0, arg1, f) {
    const state = { a: arg0, b: arg1, cnt: 1 };
    const real = (...args) => {

        // First up with a closure we increment the internal reference
        // count. This ensures that the Rust closure environment won't
        // be deallocated while we're invoking it.
        state.cnt++;
        const a = state.a;
        state.a = 0;
        try {
            return f(a, state.b, ...args);
        } finally {
            state.a = a;
            real._wbg_cb_unref();
        }
    };
    real._wbg_cb_unref = () => {
        if (--state.cnt === 0) {
            wasm.__wbindgen_destroy_closure(state.a, state.b);
            state.a = 0;
            CLOSURE_DTORS.unregister(state);
        }
    };
    CLOSURE_DTORS.register(real, state, state);
    return real;
}

function passArray8ToWasm0(arg, malloc) {
    const ptr = malloc(arg.length * 1, 1) >>> 0;
    getUint8ArrayMemory0().set(arg, ptr / 1);
    WASM_VECTOR_LEN = arg.length;
    return ptr;
}

function passStringToWasm0(arg, malloc, realloc) {
    if (realloc === undefined) {
        const buf = cachedTextEncoder.encode(arg);
        const ptr = malloc(buf.length, 1) >>> 0;
        getUint8ArrayMemory0().subarray(ptr, ptr + buf.length).set(buf);
        WASM_VECTOR_LEN = buf.length;
        return ptr;
    }

    let len = arg.length;
    let ptr = malloc(len, 1) >>> 0;

    const mem = getUint8ArrayMemory0();

    let offset = 0;

    for (; offset < len; offset++) {
        const code = arg.charCodeAt(offset);
        if (code > 0x7F) break;
        mem[ptr + offset] = code;
    }
    if (offset !== len) {
        if (offset !== 0) {
            arg = arg.slice(offset);
        }
        ptr = realloc(ptr, len, len = offset + arg.length * 3, 1) >>> 0;
        const view = getUint8ArrayMemory0().subarray(ptr + offset, ptr + len);
        const ret = cachedTextEncoder.encodeInto(arg, view);

        offset += ret.written;
        ptr = realloc(ptr, len, offset, 1) >>> 0;
    }

    WASM_VECTOR_LEN = offset;
    return ptr;
}

function takeFromExternrefTable0(idx) {
    const value = wasm.__wbindgen_externrefs.get(idx);
    wasm.__externref_table_dealloc(idx);
    return value;
}

let cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
cachedTextDecoder.decode();
const MAX_SAFARI_DECODE_BYTES = 2146435072;
let numBytesDecoded = 0;
function decodeText(bytes) {
    numBytesDecoded += bytes.length;
    if (numBytesDecoded >= MAX_SAFARI_DECODE_BYTES) {
        cachedTextDecoder = new TextDecoder('utf-8', { ignoreBOM: true });
        cachedTextDecoder.decode();
        numBytesDecoded = bytes.length;
    }
    return cachedTextDecoder.decode(bytes);
}

const cachedTextEncoder = new TextEncoder();

if (!('encodeInto' in cachedTextEncoder)) {
    cachedTextEncoder.encodeInto = function (arg, view) {
        const buf = cachedTextEncoder.encode(arg);
        view.set(buf);
        return {
            read: arg.length,
            written: buf.length
        };
    };
}

let WASM_VECTOR_LEN = 0;

let wasmModule, wasmInstance, wasm;
function __wbg_finalize_init(instance, module) {
    wasmInstance = instance;
    wasm = instance.exports;
    wasmModule = module;
    cachedDataViewMemory0 = null;
    cachedUint8ArrayMemory0 = null;
    wasm.__wbindgen_start();
    return wasm;
}

async function __wbg_load(module, imports) {
    if (typeof Response === 'function' && module instanceof Response) {
        if (!module.ok) {
            throw new Error("failed to fetch Wasm");
        }

        if (typeof WebAssembly.instantiateStreaming === 'function') {
            try {
                return await WebAssembly.instantiateStreaming(module, imports);
            } catch (e) {
                const validResponse = expectedResponseType(module.type);

                if (validResponse && module.headers.get('Content-Type') !== 'application/wasm') {
                    console.warn("`WebAssembly.instantiateStreaming` failed because your server does not serve Wasm with `application/wasm` MIME type. Falling back to `WebAssembly.instantiate` which is slower. Original error:\n", e);

                } else { throw e; }
            }
        }

        const bytes = await module.arrayBuffer();
        return await WebAssembly.instantiate(bytes, imports);
    } else {
        const instance = await WebAssembly.instantiate(module, imports);

        if (instance instanceof WebAssembly.Instance) {
            return { instance, module };
        } else {
            return instance;
        }
    }

    function expectedResponseType(type) {
        switch (type) {
            case 'basic': case 'cors': case 'default': return true;
        }
        return false;
    }
}

function initSync(module) {
    if (wasm !== undefined) return wasm;


    if (module !== undefined) {
        if (Object.getPrototypeOf(module) === Object.prototype) {
            ({module} = module)
        } else {
            console.warn('using deprecated parameters for `initSync()`; pass a single object instead')
        }
    }

    const imports = __wbg_get_imports();
    if (!(module instanceof WebAssembly.Module)) {
        module = new WebAssembly.Module(module);
    }
    const instance = new WebAssembly.Instance(module, imports);
    return __wbg_finalize_init(instance, module);
}

let __wbg_init_promise;
async function __wbg_init(module_or_path) {
    if (wasm !== undefined) return wasm;
    if (__wbg_init_promise === undefined) {
        __wbg_init_promise = __wbg_init_once(module_or_path);
        __wbg_init_promise.catch(() => { __wbg_init_promise = undefined; });
    }
    return __wbg_init_promise;
}

async function __wbg_init_once(module_or_path) {

    if (module_or_path !== undefined) {
        if (Object.getPrototypeOf(module_or_path) === Object.prototype) {
            ({module_or_path} = module_or_path)
        } else {
            console.warn('using deprecated parameters for the initialization function; pass a single object instead')
        }
    }

    if (module_or_path === undefined) {
        throw new Error("panelcrypt: no wasm given");
    }
    const imports = __wbg_get_imports();

    if (typeof module_or_path === 'string' || (typeof Request === 'function' && module_or_path instanceof Request) || (typeof URL === 'function' && module_or_path instanceof URL)) {
        module_or_path = fetch(module_or_path);
    }

    const { instance, module } = await __wbg_load(await module_or_path, imports);

    return __wbg_finalize_init(instance, module);
}

return { default: __wbg_init, initSync: initSync, Bundle: Bundle, has_webcrypto: has_webcrypto, slot_section: slot_section };
})();
const WASM_BASE64 = 'AGFzbQEAAAABzgNAYAN/f38Bf2ACf38Bf2ABfwBgAn9/AGADf39/AGAEf39/fwBgAX8Bf2AFf39/f38AYAABf2AEf39/fwF/YAAAYAFvAX9gBX9/f39/AX9gAn9/AW9gBn9/f39/fwBgAW8Bb2ACb28Bb2AFf39/fn8AYAJ/fgBgAAR/f39/YAACf39gA29vbwFvYANvf38AYAFvAGADb39/AW9gA39+fgBgBn9/f39/fwF/YAN/f38BfmABfgF+YAF/An9/YAABb2ADb29vAX9gCG9/f29/f39vAW9gBG9/f38Bb2ACb28AYAF/AW9gBG9vb28Bb2ADb39vAGACb38Bb2ADf39vAGAEf35+fwBgA35+fwF+YAR/f39+AGALf39/f39/f39/f38Bf2ADf39+AX9gBn9/f35/fwBgBn9/f31/fwBgBn9/f3x/fwBgBH9+fn4AYAZ/f39/f38Df39/YAR/f39/BH9/f39gA39/fwR/f39/YAJ/fwR/f39/YAV/f31/fwBgBX9/fH9/AX9gBX9/fH9/AGAFf39+f38Bf2AFf39+f38AYAV/f31/fwF/YAN/f28Cf39gBX9/f29/AW9gBH9/f28Bb2AEf39vbwBgAAN/f38CqxQqFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fNjU2ZjI1M2E1ZGQ3ZDhlYQAVFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX2luc3RhbmNlb2ZfU3VidGxlQ3J5cHRvXzcyZGQ2ODVhMTA3YjRiNWYACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyBfX3diZ19uZXdfdHlwZWRfZTA5ZGE5ZGFlNmVlNTkzNQANFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld19jZDQzNDgyOTBhZmFlNTg2AB4XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc2V0X3R5cGVfNjA5YjBjZWE2NDI5ZDdiYgAWFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzQl9fd2JnX25ld193aXRoX2J1ZmZlcl9zb3VyY2Vfc2VxdWVuY2VfYW5kX29wdGlvbnNfZWE4MGJhZjJiYzdhYzMzYQAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld183ODdiOWZiMzMwZDU1ZDc4AA0XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193Ymdfc2V0XzI3OTM0Nzk4ODgzMjljYjYAHxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyRfX3diZ19fd2JnX2NiX3VucmVmXzA5NzM2ODc5YTNmNjc1NTkAFxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxtfX3diZ19jYWxsX2E0MTBlYjRiNTllZDU5NjUAFRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19sZW5ndGhfMTg2MTYzMjEyZmZlNzljMwALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX25ld19mcm9tX3NsaWNlX2I4ZGFmNTQ1YTQxYzZhYTAADRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxlfX3diZ19vZl8wMjdlYjE1MzcxYWFjOTMyAA8XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc3ViYXJyYXlfNThmMzg4YTkyNDdhYzBiYgAYFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIF9fd2JnX2ltcG9ydEtleV9kOGRiNTIxYTk4ZWExOTkxACAXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMbX193YmdfZmlsbF82YWIyZmZhYjQ3Y2FkN2FiACEXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc2V0X25hbWVfY2FkNjFiNDM0ODNmODcyNwAWFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzHV9fd2JnX3NldF9pdl9lZDUzODUwNTJlYzRlMTI1ACIXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMmX193YmdfbmV3X3dpdGhfbGVuZ3RoX2EzZGM2MmRlYTZlMmUxNTgAIxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19hbGxfNzlhNzBhNGI2YWNhNmY5ZQAPFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzHl9fd2JnX2RlY3J5cHRfNWNlY2ZiMzQ2NmIwNmZkOAAkFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX3NldF9kMmQzM2I1MjQ1OGU5ODRhACUXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193YmdfZ2V0X2Q3MTc2Y2ZiNzZkNzExMTQAJhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyFfX3diZ19ieXRlTGVuZ3RoX2ZhNDhmMjQ4MTRmNWVmNDYACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qczZfX3diZ19uZXdfd2l0aF9ieXRlX29mZnNldF9hbmRfbGVuZ3RoXzNjZDMyMDU1YTQxN2YwOTUAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyVfX3diZ19xdWV1ZU1pY3JvdGFza18xZTg1MDNhOGE2OTBmMGEzAA8XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMtX193YmdfX193YmluZGdlbl9pc19mdW5jdGlvbl83NDFmZjJiYjYxMjgzNmY1AAsXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMeX193YmdfcmVzb2x2ZV9kYmY3OGFiNDk0MjQ3OGIwAA8XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMtX193Ymdfc3RhdGljX2FjY2Vzc29yX0dMT0JBTF9lNDI5M2ZiMjJjYmU3N2RhAAgXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMyX193Ymdfc3RhdGljX2FjY2Vzc29yX0dMT0JBTF9USElTXzAwM2VlODMzYWY5Njk5ZmMACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfV0lORE9XX2I1ZTA4MTBiZmVjYjdmZWIACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcytfX3diZ19zdGF0aWNfYWNjZXNzb3JfU0VMRl81M2JiMjA0NTc0MDE0NTNkAAgXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMnX193YmdfcHJvdG90eXBlc2V0Y2FsbF8xMzE2Mjk2NWQxZmU3YWEzACcXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193YmdfZ2V0XzIwODBjNDkwMTVlMzUyNTQAEBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxtfX3diZ190aGVuX2UzZjdmMmQzNjU3MDhiZTgAEBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyVfX3diZ19xdWV1ZU1pY3JvdGFza180YTFhNGQ4ZGQzMzIzNzNiABcXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMpX193YmdfX193YmluZGdlbl9pc19udWxsX2MyMjMxMWIxY2MyMjhlM2EACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy5fX3diZ19fX3diaW5kZ2VuX2lzX3VuZGVmaW5lZF9iZTViMzQyNDlmZjFmYzE1AAsXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMnX193YmdfX193YmluZGdlbl90aHJvd180Yzg4ZDhiZjI2NGZkOTg0AAMXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193YmluZGdlbl9pbml0X2V4dGVybnJlZl90YWJsZQAKFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzI19fd2JpbmRnZW5fZ2VuZXJpY18wMDAwMDAwMDAwMDAwMDAxAA0XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDIADQOrA6kDBAQDBgQBBwMZAwYDAQQDBAAJAQcEAgQCAgAECRoAKAMBBAAEAwMRBQMDAykBBAMDDgEEBBEIBAEDBQMMAQQBBAEBAwcBAQYBBwQEAwEEKgEHBAIRBAQDAwIEAwQDAgUGEggrDgYMBAEDBwcDCgMAAwUGAQwEBQYFAwMOAwMDAxsCBAMZBwMsBAUCDgICBAIAAgUSAAQCBQQCBQUJDAQtLi8AAAUDBwMBBQIDAwECAwkDCQECBTAABwUCAQQDAQMCAAQEBAQEAgMEAQMBAQECAQMDAQIDAQEDAgMEBAEBBQIJBAgBAwIABAQCDgcEAgwECAMDHAIDGgMDMTIACQMHAggEMwICAgMDNAIDDAMDBAcFCTU2Nzg5OgICOwIDAwMGBgIAAwMDHR0EAgAFBAEJCRs8BhwBAD0+AgICAgICAgEBAgQCAAACAgIGAgEEAgIEAgICAgEBBgEBAQIDAwYBAQEBAQEBAQICAgEBAQIDAQIEBAQCAwMBBwIIBAQDAQgCAwMCCgoAAAIKAQAAAwoDAwMGBgIBAQICAgIBAQEDAgIDAgYKCRIEAAUECwJwAYUBhQFvAIQIBQMBABEGGQN/AUGAgMAAC38AQdSUwQALfwBB7JjBAAsH2QQZBm1lbW9yeQIAEV9fd2JnX2J1bmRsZV9mcmVlAI4CEGJ1bmRsZV9idW5kbGVfaWQA0QINYnVuZGxlX2Nob29zZQCkAg5idW5kbGVfZGVjcnlwdADgAhNidW5kbGVfZGVjcnlwdF93aXRoANsCDGJ1bmRsZV9lbnRyeQCsAgxidW5kbGVfbmFtZXMA0AILYnVuZGxlX29wZW4AowINaGFzX3dlYmNyeXB0bwCqAgxzbG90X3NlY3Rpb24AsgIPX19hYm9ydF9oYW5kbGVyAwEVX19pbnN0YW5jZV90ZXJtaW5hdGVkAwI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oM2RjYTc0ZDFlZmQwOWVmMADhAj13YXNtX2JpbmRnZW5fX2NvbnZlcnRfX2Nsb3N1cmVzX19fX19pbnZva2VfX2g5M2UwNmEzMmMyNTdjNjQ3AMQCFF9fd2JpbmRnZW5fZXhuX3N0b3JlAJkDF19fZXh0ZXJucmVmX3RhYmxlX2FsbG9jAF8VX193YmluZGdlbl9leHRlcm5yZWZzAQEaX193YmluZGdlbl9kZXN0cm95X2Nsb3N1cmUAogIPX193YmluZGdlbl9mcmVlAJoDEV9fd2JpbmRnZW5fbWFsbG9jAIACEl9fd2JpbmRnZW5fcmVhbGxvYwCKAhlfX2V4dGVybnJlZl90YWJsZV9kZWFsbG9jANcBFl9fZXh0ZXJucmVmX2Ryb3Bfc2xpY2UAsQIQX193YmluZGdlbl9zdGFydAAnCfsBAQBBAQuEAVv1AXlvKLMDxAPFA4sDoAOnAyk8vgP+AmhqpwNKnAG/A9IBrgGgArsCuwK1AswCrgG/ArUCtQK1ArQBuwK9Aq4BwQKuAbQBygG8AsACtAHDAa4BtAGuAcgBrgHJAbQBrgGuAa4BvgK6Aq4BtQK1AswCwwGuAcEBNt4CZmFuxwPKA4QDkgKFApEChAKpA5ACcbUDgwOpA/wB9wKkA3OzAi/tAuABa68DgwN2Q/MBsAPIA5kCXPsC/QL6AvwCiwG3AqIDwQPCA7YCwgKPAsADswGNA4oDiAP1AqkDkALGA5gDjwOJA5QDkwOVA44DjAO0A9YBzQMMARcK2M0HqQPGTgJZfgN/IwBBkAFrIlwkACABIAJBB3RqIV0gACkDOCEMIAApAzAhSiAAKQMoIUYgACkDICEYIAApAxghUiAAKQMQIUcgACkDCCE/IAApAwAhFwJAA0AgASBdRwRAQQAhAgNAIAJBgAFHBEAgXEEIaiACIAFBgAFBqIvBABCoAiBcKAIMIl5BB00NBCBcQRBqIAJqIFwoAggpAAAiA0I4hiADQoD+A4NCKIaEIANCgID8B4NCGIYgA0KAgID4D4NCCIaEhCADQgiIQoCAgPgPgyADQhiIQoCA/AeDhCADQiiIQoD+A4MgA0I4iISEhDcDACACQQhqIQIMAQsLQZCLwQApAwAhVkGYi8EAKQMAIVdBoIvBACkDACFYIAAgDCBcKQOIASIFIFwpA1giGyBcKQMQIkggXCkDGCIKQj+JIApCOImFIApCB4iFfHwgXCkDgAEiA0ItiSADQgOJhSADQgaIhXwiBEI/iSAEQjiJhSAEQgeIhXwgXCkDYCJAIAogXCkDICILQj+JIAtCOImFIAtCB4iFfHwgBUItiSAFQgOJhSAFQgaIhXwiBiBcKQNQIhQgG0I/iSAbQjiJhSAbQgeIhXx8IAUgXCkDQCJEIFwpA0giFUI/iSAVQjiJhSAVQgeIhXx8IFwpA3giSSBcKQMwIg8gXCkDOCJFQj+JIEVCOImFIEVCB4iFfHwgXCkDaCJBIAsgXCkDKCIRQj+JIBFCOImFIBFCB4iFfHwgBEItiSAEQgOJhSAEQgaIhXwiB0ItiSAHQgOJhSAHQgaIhXwiCEItiSAIQgOJhSAIQgaIhXwiCUItiSAJQgOJhSAJQgaIhXwiDXwgSSADQj+JIANCOImFIANCB4iFfCAJfCBBIFwpA3AiQkI/iSBCQjiJhSBCQgeIhXwgCHwgGyBAQj+JIEBCOImFIEBCB4iFfCAHfCAVIBRCP4kgFEI4iYUgFEIHiIV8IAR8IAMgRSBEQj+JIERCOImFIERCB4iFfHwgQiARIA9CP4kgD0I4iYUgD0IHiIV8fCAGQi2JIAZCA4mFIAZCBoiFfCIOQi2JIA5CA4mFIA5CBoiFfCIQQi2JIBBCA4mFIBBCBoiFfCISQi2JIBJCA4mFIBJCBoiFfCITQi2JIBNCA4mFIBNCBoiFfCIWQi2JIBZCA4mFIBZCBoiFfCIZQi2JIBlCA4mFIBlCBoiFfCIaQj+JIBpCOImFIBpCB4iFIAMgBUI/iSAFQjiJhSAFQgeIhXwgEnwgQiBJQj+JIElCOImFIElCB4iFfCAQfCBAIEFCP4kgQUI4iYUgQUIHiIV8IA58IA1CLYkgDUIDiYUgDUIGiIV8IhxCLYkgHEIDiYUgHEIGiIV8Ih1CLYkgHUIDiYUgHUIGiIV8Ih58IAZCP4kgBkI4iYUgBkIHiIUgBHwgE3wgHkItiSAeQgOJhSAeQgaIhXwiHyANQj+JIA1COImFIA1CB4iFIBJ8fCAJQj+JIAlCOImFIAlCB4iFIBB8IB58IAhCP4kgCEI4iYUgCEIHiIUgDnwgHXwgB0I/iSAHQjiJhSAHQgeIhSAGfCAcfCAaQi2JIBpCA4mFIBpCBoiFfCIgQi2JICBCA4mFICBCBoiFfCIhQi2JICFCA4mFICFCBoiFfCIiQi2JICJCA4mFICJCBoiFfCIjfCAZQj+JIBlCOImFIBlCB4iFIB18ICJ8IBZCP4kgFkI4iYUgFkIHiIUgHHwgIXwgE0I/iSATQjiJhSATQgeIhSANfCAgfCASQj+JIBJCOImFIBJCB4iFIAl8IBp8IBBCP4kgEEI4iYUgEEIHiIUgCHwgGXwgDkI/iSAOQjiJhSAOQgeIhSAHfCAWfCAfQi2JIB9CA4mFIB9CBoiFfCIkQi2JICRCA4mFICRCBoiFfCIlQi2JICVCA4mFICVCBoiFfCImQi2JICZCA4mFICZCBoiFfCInQi2JICdCA4mFICdCBoiFfCIoQi2JIChCA4mFIChCBoiFfCIpQi2JIClCA4mFIClCBoiFfCIqQj+JICpCOImFICpCB4iFIB5CP4kgHkI4iYUgHkIHiIUgGXwgJnwgHUI/iSAdQjiJhSAdQgeIhSAWfCAlfCAcQj+JIBxCOImFIBxCB4iFIBN8ICR8ICNCLYkgI0IDiYUgI0IGiIV8IitCLYkgK0IDiYUgK0IGiIV8IixCLYkgLEIDiYUgLEIGiIV8Ii18IB9CP4kgH0I4iYUgH0IHiIUgGnwgJ3wgLUItiSAtQgOJhSAtQgaIhXwiLiAjQj+JICNCOImFICNCB4iFICZ8fCAiQj+JICJCOImFICJCB4iFICV8IC18ICFCP4kgIUI4iYUgIUIHiIUgJHwgLHwgIEI/iSAgQjiJhSAgQgeIhSAffCArfCAqQi2JICpCA4mFICpCBoiFfCIvQi2JIC9CA4mFIC9CBoiFfCIwQi2JIDBCA4mFIDBCBoiFfCIxQi2JIDFCA4mFIDFCBoiFfCIyfCApQj+JIClCOImFIClCB4iFICx8IDF8IChCP4kgKEI4iYUgKEIHiIUgK3wgMHwgJ0I/iSAnQjiJhSAnQgeIhSAjfCAvfCAmQj+JICZCOImFICZCB4iFICJ8ICp8ICVCP4kgJUI4iYUgJUIHiIUgIXwgKXwgJEI/iSAkQjiJhSAkQgeIhSAgfCAofCAuQi2JIC5CA4mFIC5CBoiFfCIzQi2JIDNCA4mFIDNCBoiFfCI0Qi2JIDRCA4mFIDRCBoiFfCI1Qi2JIDVCA4mFIDVCBoiFfCI2Qi2JIDZCA4mFIDZCBoiFfCI3Qi2JIDdCA4mFIDdCBoiFfCI4Qi2JIDhCA4mFIDhCBoiFfCI5Qj+JIDlCOImFIDlCB4iFIC1CP4kgLUI4iYUgLUIHiIUgKXwgNXwgLEI/iSAsQjiJhSAsQgeIhSAofCA0fCArQj+JICtCOImFICtCB4iFICd8IDN8IDJCLYkgMkIDiYUgMkIGiIV8IjpCLYkgOkIDiYUgOkIGiIV8IjtCLYkgO0IDiYUgO0IGiIV8Ijx8IC5CP4kgLkI4iYUgLkIHiIUgKnwgNnwgPEItiSA8QgOJhSA8QgaIhXwiPSAyQj+JIDJCOImFIDJCB4iFIDV8fCAxQj+JIDFCOImFIDFCB4iFIDR8IDx8IDBCP4kgMEI4iYUgMEIHiIUgM3wgO3wgL0I/iSAvQjiJhSAvQgeIhSAufCA6fCA5Qi2JIDlCA4mFIDlCBoiFfCI+Qi2JID5CA4mFID5CBoiFfCJLQi2JIEtCA4mFIEtCBoiFfCJMQi2JIExCA4mFIExCBoiFfCJNfCA4Qj+JIDhCOImFIDhCB4iFIDt8IEx8IDdCP4kgN0I4iYUgN0IHiIUgOnwgS3wgNkI/iSA2QjiJhSA2QgeIhSAyfCA+fCA1Qj+JIDVCOImFIDVCB4iFIDF8IDl8IDRCP4kgNEI4iYUgNEIHiIUgMHwgOHwgM0I/iSAzQjiJhSAzQgeIhSAvfCA3fCA9Qi2JID1CA4mFID1CBoiFfCJDQi2JIENCA4mFIENCBoiFfCJOQi2JIE5CA4mFIE5CBoiFfCJPQi2JIE9CA4mFIE9CBoiFfCJQQi2JIFBCA4mFIFBCBoiFfCJRQi2JIFFCA4mFIFFCBoiFfCJTQi2JIFNCA4mFIFNCBoiFfCJUQYiLwQApAwB8QciGwQApAwAgD0GohsEAKQMAIEggGCBGgyAMfCBKIBhCf4WDfCAYQjKJIBhCLomFIBhCF4mFfHx8IkggUnwiDHx8QbCGwQApAwAgCiBKfHwgRiAMQn+Fg3wgDCAYg3wgDEIyiSAMQi6JhSAMQheJhXwiVSBHfCIKQcCGwQApAwAgESAYfHwgDEG4hsEAKQMAIAsgRnx8IBggCkJ/hYN8IAogDIN8IApCMokgCkIuiYUgCkIXiYV8IlkgP3wiC0J/hYN8IAogC4N8IAtCMokgC0IuiYUgC0IXiYV8IlogF3wiD0J/hYN8IAsgD4N8IA9CMokgD0IuiYUgD0IXiYV8IlsgF0IkiSAXQh6JhSAXQhmJhSA/IEeFIBeDID8gR4OFfCBIfCIMfCIRQeiGwQApAwAgFHx8QdCGwQApAwAgRXwgCnwgCyARQn+Fg3wgDyARg3wgEUIyiSARQi6JhSARQheJhXwiRSAMQiSJIAxCHomFIAxCGYmFIAwgFyA/hYMgFyA/g4V8IFV8Igp8IhRB4IbBACkDACAVfCAPfCARQdiGwQApAwAgRHwgC3wgDyAUQn+Fg3wgESAUg3wgFEIyiSAUQi6JhSAUQheJhXwiRCAKQiSJIApCHomFIApCGYmFIAogDCAXhYMgDCAXg4V8IFl8Igt8Ig9Cf4WDfCAPIBSDfCAPQjKJIA9CLomFIA9CF4mFfCJIIAtCJIkgC0IeiYUgC0IZiYUgCyAKIAyFgyAKIAyDhXwgWnwiDHwiEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IlUgDEIkiSAMQh6JhSAMQhmJhSAMIAogC4WDIAogC4OFfCBbfCIKfCIVIEJBiIfBACkDAHx8QfCGwQApAwAgG3wgFHwgDyAVQn+Fg3wgESAVg3wgFUIyiSAVQi6JhSAVQheJhXwiGyAKQiSJIApCHomFIApCGYmFIAogCyAMhYMgCyAMg4V8IEV8Igt8IhQgQUGAh8EAKQMAfCARfCAVQfiGwQApAwAgQHwgD3wgESAUQn+Fg3wgFCAVg3wgFEIyiSAUQi6JhSAUQheJhXwiQCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IER8Igx8Ig9Cf4WDfCAPIBSDfCAPQjKJIA9CLomFIA9CF4mFfCJBIAxCJIkgDEIeiYUgDEIZiYUgDCAKIAuFgyAKIAuDhXwgSHwiCnwiEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IkIgCkIkiSAKQh6JhSAKQhmJhSAKIAsgDIWDIAsgDIOFfCBVfCILfCIVIARBqIfBACkDAHx8QZCHwQApAwAgSXwgFHwgDyAVQn+Fg3wgESAVg3wgFUIyiSAVQi6JhSAVQheJhXwiFCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IBt8IgR8IgwgBUGgh8EAKQMAfCARfCAVIANBmIfBACkDAHwgD3wgESAMQn+Fg3wgDCAVg3wgDEIyiSAMQi6JhSAMQheJhXwiESAEQiSJIARCHomFIARCGYmFIAQgCiALhYMgCiALg4V8IEB8IgN8IgpCf4WDfCAKIAyDfCAKQjKJIApCLomFIApCF4mFfCIVIANCJIkgA0IeiYUgA0IZiYUgAyAEIAuFgyAEIAuDhXwgQXwiBXwiC0J/hYN8IAogC4N8IAtCMokgC0IuiYUgC0IXiYV8IhsgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCBCfCIEfCIPIAhByIfBACkDAHx8IAZBsIfBACkDAHwgDHwgCiAPQn+Fg3wgCyAPg3wgD0IyiSAPQi6JhSAPQheJhXwiDCAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBR8IgN8IgYgDkHAh8EAKQMAfCALfCAPIAdBuIfBACkDAHwgCnwgCyAGQn+Fg3wgBiAPg3wgBkIyiSAGQi6JhSAGQheJhXwiCiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBF8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCILIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgFXwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig8gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAbfCIDfCIOIA1B6IfBACkDAHx8IBBB0IfBACkDAHwgBnwgByAOQn+Fg3wgCCAOg3wgDkIyiSAOQi6JhSAOQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IAx8IgV8IgYgEkHgh8EAKQMAfCAIfCAOIAlB2IfBACkDAHwgB3wgCCAGQn+Fg3wgBiAOg3wgBkIyiSAGQi6JhSAGQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IAp8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgC3wiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAPfCIFfCIJIB1BiIjBACkDAHx8IBNB8IfBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA18IgR8IgYgFkGAiMEAKQMAfCAIfCAJIBxB+IfBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBB8IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgDnwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig4gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCASfCIEfCIJIB9BqIjBACkDAHx8IBlBkIjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBN8IgN8IgYgGkGgiMEAKQMAfCAIfCAJIB5BmIjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA18IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCINIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEHwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhAgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAOfCIDfCIJICVByIjBACkDAHx8ICBBsIjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBJ8IgV8IgYgIUHAiMEAKQMAfCAIfCAJICRBuIjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBN8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCITIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDXwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig0gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAQfCIFfCIJICdB6IjBACkDAHx8ICJB0IjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA58IgR8IgYgI0HgiMEAKQMAfCAIfCAJICZB2IjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBJ8IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCISIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgE3wiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhMgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCANfCIEfCIJIClBiInBACkDAHx8ICtB8IjBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDSAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBB8IgN8IgYgLEGAicEAKQMAfCAIfCAJIChB+IjBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIJIC9BqInBACkDAHx8IC1BkInBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA18IgV8IgYgLkGgicEAKQMAfCAIfCAJICpBmInBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDnwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig4gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCASfCIFfCIJIDFByInBACkDAHx8IDNBsInBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBN8IgR8IgYgNEHAicEAKQMAfCAIfCAJIDBBuInBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCINIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEHwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhAgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAOfCIEfCIJIDpB6InBACkDAHx8IDVB0InBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBJ8IgN8IgYgNkHgicEAKQMAfCAIfCAJIDJB2InBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8Ig0gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIJIDxBiIrBACkDAHx8IDdB8InBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IgYgOEGAisEAKQMAfCAIfCAJIDtB+InBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCISIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhMgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCANfCIFfCIJIENBqIrBACkDAHx8IDlBkIrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IgYgPkGgisEAKQMAfCAIfCAJID1BmIrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiECAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA58IgN8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIOIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEnwiBXwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhIgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCATfCIEfCIJIE9ByIrBACkDAHx8IEtBsIrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IgYgTEHAisEAKQMAfCAIfCAJIE5BuIrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBB8IgV8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIQIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDnwiBHwiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhYgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCASfCIDfCIJIFFB6IrBACkDAHx8IE1B0IrBACkDAHwgBnwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IgYgOkI/iSA6QjiJhSA6QgeIhSA2fCBDfCBNQi2JIE1CA4mFIE1CBoiFfCIOQeCKwQApAwB8IAh8IAkgUEHYisEAKQMAfCAHfCAIIAZCf4WDfCAGIAmDfCAGQjKJIAZCLomFIAZCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiB0J/hYN8IAYgB4N8IAdCMokgB0IuiYUgB0IXiYV8IhkgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIIQn+Fg3wgByAIg3wgCEIyiSAIQi6JhSAIQheJhXwiGiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBZ8IgV8Igl8IAYgO0I/iSA7QjiJhSA7QgeIhSA3fCBOfCAOQi2JIA5CA4mFIA5CBoiFfCIGQfCKwQApAwB8fCAHIAlCf4WDfCAIIAmDfCAJQjKJIAlCLomFIAlCF4mFfCIWIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiDSA8Qj+JIDxCOImFIDxCB4iFIDh8IE98IAZCLYkgBkIDiYUgBkIGiIV8IhBBgIvBACkDAHwgCHwgCSBTQfiKwQApAwB8IAd8IAggDUJ/hYN8IAkgDYN8IA1CMokgDUIuiYUgDUIXiYV8IgYgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIHQn+Fg3wgByANg3wgB0IyiSAHQi6JhSAHQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBl8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgGnwiBHwiCXwiDDcDOCAAIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgFnwiA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAGfCIFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgRCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiBiBSfCJSNwMYIAAgViA9Qj+JID1COImFID1CB4iFIDl8IFB8IBBCLYkgEEIDiYUgEEIGiIV8IhB8IA18IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig0gA3wiAyBKfCJKNwMwIAAgBkIkiSAGQh6JhSAGQhmJhSAGIAQgBYWDIAQgBYOFfCANfCINIEd8Ikc3AxAgACA9IFd8ID5CP4kgPkI4iYUgPkIHiIV8IA58IFRCLYkgVEIDiYUgVEIGiIV8IAd8IAggA0J/hYN8IAMgCYN8IANCMokgA0IuiYUgA0IXiYV8IgcgBXwiBSBGfCJGNwMoIAAgDUIkiSANQh6JhSANQhmJhSANIAQgBoWDIAQgBoOFfCAHfCIHID98Ij83AwggACA+IFh8IENCP4kgQ0I4iYUgQ0IHiIV8IFF8IBBCLYkgEEIDiYUgEEIGiIV8IAh8IAkgBUJ/hYN8IAMgBYN8IAVCMokgBUIuiYUgBUIXiYV8IgMgBCAYfHwiGDcDICAAIAcgBiANhYMgBiANg4UgF3wgB0IkiSAHQh6JhSAHQhmJhXwgA3wiFzcDACABQYABaiEBDAELCyBcQZABaiQADwtBAEEIIF5BuIvBABBjAAuFPgFKfyMAQdAAayIVJAAgASACQQZ0aiFGIAAoAhwhCyAAKAIYITogACgCFCE2IAAoAhAhGCAAKAIMIUIgACgCCCE3IAAoAgQhLyAAKAIAIRcCQANAIAEgRkcEQEEAIQIDQCACQcAARwRAIBVBCGogAiABQcAAQYiGwQAQqAIgFSgCDCIDQQNNDQQgFUEQaiACaiAVKAIIKAAAIgNB/4H8B3FBCHggA0EYeEH/gfwHcXI2AgAgAkEEaiECDAELC0H8hcEAKAIAIUdBgIbBACgCACFIQYSGwQAoAgAhSSAAIAsgFSgCNCIbIBUoAhAiOCAVKAIUIglBGXcgCUEOd3MgCUEDdnNqaiAVKAJIIgJBD3cgAkENd3MgAkEKdnNqIgMgFSgCLCITIBUoAjAiEkEZdyASQQ53cyASQQN2c2pqIAIgFSgCJCI1IBUoAigiNEEZdyA0QQ53cyA0QQN2c2pqIBUoAkAiMCAVKAIcIg0gFSgCICIKQRl3IApBDndzIApBA3ZzamogFSgCOCIxIAkgFSgCGCIPQRl3IA9BDndzIA9BA3ZzamogFSgCTCIEQQ93IARBDXdzIARBCnZzaiIFQQ93IAVBDXdzIAVBCnZzaiIGQQ93IAZBDXdzIAZBCnZzaiIHQQ93IAdBDXdzIAdBCnZzaiIIIAIgBEEZdyAEQQ53cyAEQQN2c2pqIDAgFSgCRCI5QRl3IDlBDndzIDlBA3ZzaiAHaiAxIBUoAjwiMkEZdyAyQQ53cyAyQQN2c2ogBmogEiAbQRl3IBtBDndzIBtBA3ZzaiAFaiAEIDQgE0EZdyATQQ53cyATQQN2c2pqIDkgCiA1QRl3IDVBDndzIDVBA3ZzamogMiAPIA1BGXcgDUEOd3MgDUEDdnNqaiADQQ93IANBDXdzIANBCnZzaiIMQQ93IAxBDXdzIAxBCnZzaiIOQQ93IA5BDXdzIA5BCnZzaiIQQQ93IBBBDXdzIBBBCnZzaiIRQQ93IBFBDXdzIBFBCnZzaiIUQQ93IBRBDXdzIBRBCnZzaiIWQQ93IBZBDXdzIBZBCnZzaiIZQRl3IBlBDndzIBlBA3ZzIDkgAkEZdyACQQ53cyACQQN2c2ogEGogMiAwQRl3IDBBDndzIDBBA3ZzaiAOaiAbIDFBGXcgMUEOd3MgMUEDdnNqIAxqIAhBD3cgCEENd3MgCEEKdnNqIhpBD3cgGkENd3MgGkEKdnNqIhxBD3cgHEENd3MgHEEKdnNqIh1qIAQgA0EZdyADQQ53cyADQQN2c2ogEWogHUEPdyAdQQ13cyAdQQp2c2oiHiAIQRl3IAhBDndzIAhBA3ZzIBBqaiAHQRl3IAdBDndzIAdBA3ZzIA5qIB1qIAZBGXcgBkEOd3MgBkEDdnMgDGogHGogBUEZdyAFQQ53cyAFQQN2cyADaiAaaiAZQQ93IBlBDXdzIBlBCnZzaiIfQQ93IB9BDXdzIB9BCnZzaiIgQQ93ICBBDXdzICBBCnZzaiIhQQ93ICFBDXdzICFBCnZzaiIiaiAWQRl3IBZBDndzIBZBA3ZzIBxqICFqIBRBGXcgFEEOd3MgFEEDdnMgGmogIGogEUEZdyARQQ53cyARQQN2cyAIaiAfaiAQQRl3IBBBDndzIBBBA3ZzIAdqIBlqIA5BGXcgDkEOd3MgDkEDdnMgBmogFmogDEEZdyAMQQ53cyAMQQN2cyAFaiAUaiAeQQ93IB5BDXdzIB5BCnZzaiIjQQ93ICNBDXdzICNBCnZzaiIkQQ93ICRBDXdzICRBCnZzaiIlQQ93ICVBDXdzICVBCnZzaiImQQ93ICZBDXdzICZBCnZzaiInQQ93ICdBDXdzICdBCnZzaiIoQQ93IChBDXdzIChBCnZzaiIpQRl3IClBDndzIClBA3ZzIB1BGXcgHUEOd3MgHUEDdnMgFmogJWogHEEZdyAcQQ53cyAcQQN2cyAUaiAkaiAaQRl3IBpBDndzIBpBA3ZzIBFqICNqICJBD3cgIkENd3MgIkEKdnNqIipBD3cgKkENd3MgKkEKdnNqIitBD3cgK0ENd3MgK0EKdnNqIixqIB5BGXcgHkEOd3MgHkEDdnMgGWogJmogLEEPdyAsQQ13cyAsQQp2c2oiLSAiQRl3ICJBDndzICJBA3ZzICVqaiAhQRl3ICFBDndzICFBA3ZzICRqICxqICBBGXcgIEEOd3MgIEEDdnMgI2ogK2ogH0EZdyAfQQ53cyAfQQN2cyAeaiAqaiApQQ93IClBDXdzIClBCnZzaiIuQQ93IC5BDXdzIC5BCnZzaiI7QQ93IDtBDXdzIDtBCnZzaiI8QQ93IDxBDXdzIDxBCnZzaiI9aiAoQRl3IChBDndzIChBA3ZzICtqIDxqICdBGXcgJ0EOd3MgJ0EDdnMgKmogO2ogJkEZdyAmQQ53cyAmQQN2cyAiaiAuaiAlQRl3ICVBDndzICVBA3ZzICFqIClqICRBGXcgJEEOd3MgJEEDdnMgIGogKGogI0EZdyAjQQ53cyAjQQN2cyAfaiAnaiAtQQ93IC1BDXdzIC1BCnZzaiIzQQ93IDNBDXdzIDNBCnZzaiI+QQ93ID5BDXdzID5BCnZzaiI/QQ93ID9BDXdzID9BCnZzaiJAQQ93IEBBDXdzIEBBCnZzaiJBQQ93IEFBDXdzIEFBCnZzaiJDQQ93IENBDXdzIENBCnZzaiJEQfiFwQAoAgBqQZiEwQAoAgAgCkGIhMEAKAIAIDggGCA2cSALaiA6IBhBf3NxaiAYQRp3IBhBFXdzIBhBB3dzampqIjggQmoiC2pqQYyEwQAoAgAgCSA6amogNiALQX9zcWogCyAYcWogC0EadyALQRV3cyALQQd3c2oiRSA3aiIJQZSEwQAoAgAgDSAYamogC0GQhMEAKAIAIA8gNmpqIBggCUF/c3FqIAkgC3FqIAlBGncgCUEVd3MgCUEHd3NqIkogL2oiCkF/c3FqIAkgCnFqIApBGncgCkEVd3MgCkEHd3NqIksgF2oiDUF/c3FqIAogDXFqIA1BGncgDUEVd3MgDUEHd3NqIkwgF0EedyAXQRN3cyAXQQp3cyAvIDdzIBdxIC8gN3FzaiA4aiILaiIPIBJBqITBACgCAGpqIDVBnITBACgCAGogCWogCiAPQX9zcWogDSAPcWogD0EadyAPQRV3cyAPQQd3c2oiNSALQR53IAtBE3dzIAtBCndzIAsgFyAvc3EgFyAvcXNqIEVqIglqIhIgE0GkhMEAKAIAaiANaiAPIDRBoITBACgCAGogCmogDSASQX9zcWogDyAScWogEkEadyASQRV3cyASQQd3c2oiNCAJQR53IAlBE3dzIAlBCndzIAkgCyAXc3EgCyAXcXNqIEpqIgpqIg1Bf3NxaiANIBJxaiANQRp3IA1BFXdzIA1BB3dzaiI4IApBHncgCkETd3MgCkEKd3MgCiAJIAtzcSAJIAtxc2ogS2oiC2oiD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIkUgC0EedyALQRN3cyALQQp3cyALIAkgCnNxIAkgCnFzaiBMaiIJaiITIDBBuITBACgCAGpqIBtBrITBACgCAGogEmogDSATQX9zcWogDyATcWogE0EadyATQRV3cyATQQd3c2oiGyAJQR53IAlBE3dzIAlBCndzIAkgCiALc3EgCiALcXNqIDVqIgpqIhIgMkG0hMEAKAIAaiAPaiATIDFBsITBACgCAGogDWogDyASQX9zcWogEiATcWogEkEadyASQRV3cyASQQd3c2oiMCAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIDRqIgtqIg1Bf3NxaiANIBJxaiANQRp3IA1BFXdzIA1BB3dzaiIxIAtBHncgC0ETd3MgC0EKd3MgCyAJIApzcSAJIApxc2ogOGoiCWoiD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIjIgCUEedyAJQRN3cyAJQQp3cyAJIAogC3NxIAogC3FzaiBFaiIKaiITIANByITBACgCAGpqIDlBvITBACgCAGogEmogDSATQX9zcWogDyATcWogE0EadyATQRV3cyATQQd3c2oiEiAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIBtqIgNqIgsgBEHEhMEAKAIAaiAPaiATIAJBwITBACgCAGogDWogDyALQX9zcWogCyATcWogC0EadyALQRV3cyALQQd3c2oiDyADQR53IANBE3dzIANBCndzIAMgCSAKc3EgCSAKcXNqIDBqIgJqIglBf3NxaiAJIAtxaiAJQRp3IAlBFXdzIAlBB3dzaiITIAJBHncgAkETd3MgAkEKd3MgAiADIApzcSADIApxc2ogMWoiBGoiCkF/c3FqIAkgCnFqIApBGncgCkEVd3MgCkEHd3NqIhsgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAyaiIDaiINIA5B2ITBACgCAGpqIAVBzITBACgCAGogC2ogCSANQX9zcWogCiANcWogDUEadyANQRV3cyANQQd3c2oiCyADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBJqIgJqIgUgBkHUhMEAKAIAaiAKaiANIAxB0ITBACgCAGogCWogCiAFQX9zcWogBSANcWogBUEadyAFQRV3cyAFQQd3c2oiCSACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA9qIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIKIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogE2oiA2oiDEF/c3FqIAYgDHFqIAxBGncgDEEVd3MgDEEHd3NqIg0gA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAbaiICaiIOIBFB6ITBACgCAGpqIAdB3ITBACgCAGogBWogBiAOQX9zcWogDCAOcWogDkEadyAOQRV3cyAOQQd3c2oiESACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIAtqIgRqIgUgCEHkhMEAKAIAaiAMaiAOIBBB4ITBACgCAGogBmogDCAFQX9zcWogBSAOcWogBUEadyAFQRV3cyAFQQd3c2oiDCAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAlqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIOIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogCmoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhAgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiANaiIEaiIIIBZB+ITBACgCAGpqIBpB7ITBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFiAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBFqIgNqIgUgHEH0hMEAKAIAaiAHaiAIIBRB8ITBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIMIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDmoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIg4gBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAQaiIDaiIIIB9BiIXBACgCAGpqIB1B/ITBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiECADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBZqIgJqIgUgHkGEhcEAKAIAaiAHaiAIIBlBgIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIRIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogDGoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIgwgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAOaiICaiIIICFBmIXBACgCAGpqICNBjIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiDiACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBBqIgRqIgUgJEGUhcEAKAIAaiAHaiAIICBBkIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiECAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIUIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogEWoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhEgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAMaiIEaiIIICpBqIXBACgCAGpqICVBnIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiDCAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIA5qIgNqIgUgJkGkhcEAKAIAaiAHaiAIICJBoIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiDiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBBqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIQIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFGoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhQgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIIICxBuIXBACgCAGpqICdBrIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIgUgKEG0hcEAKAIAaiAHaiAIICtBsIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiDCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA5qIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIOIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEGoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhAgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAUaiICaiIIIDNByIXBACgCAGpqIClBvIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIgUgLkHEhcEAKAIAaiAHaiAIIC1BwIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiESAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAxqIgNqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIMIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogDmoiAmoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIg4gAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAQaiIEaiIIID9B2IXBACgCAGpqIDtBzIXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiECAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgNqIgUgPEHUhcEAKAIAaiAHaiAIID5B0IXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiFCADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBFqIgJqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIRIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDGoiBGoiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIgwgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAOaiIDaiIIIEFB6IXBACgCAGpqID1B3IXBACgCAGogBWogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiFiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBBqIgJqIgUgKkEZdyAqQQ53cyAqQQN2cyAmaiAzaiA9QQ93ID1BDXdzID1BCnZzaiIOQeSFwQAoAgBqIAdqIAggQEHghcEAKAIAaiAGaiAHIAVBf3NxaiAFIAhxaiAFQRp3IAVBFXdzIAVBB3dzaiIZIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFGoiBGoiBkF/c3FqIAUgBnFqIAZBGncgBkEVd3MgBkEHd3NqIhQgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIHQX9zcWogBiAHcWogB0EadyAHQRV3cyAHQQd3c2oiESADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIAxqIgJqIghqIAUgK0EZdyArQQ53cyArQQN2cyAnaiA+aiAOQQ93IA5BDXdzIA5BCnZzaiIFQeyFwQAoAgBqaiAGIAhBf3NxaiAHIAhxaiAIQRp3IAhBFXdzIAhBB3dzaiIaIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogFmoiBGoiDCAsQRl3ICxBDndzICxBA3ZzIChqID9qIAVBD3cgBUENd3MgBUEKdnNqIhBB9IXBACgCAGogB2ogCCBDQfCFwQAoAgBqIAZqIAcgDEF/c3FqIAggDHFqIAxBGncgDEEVd3MgDEEHd3NqIgUgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAZaiIDaiIGQX9zcWogBiAMcWogBkEadyAGQRV3cyAGQQd3c2oiFiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBRqIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIUIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogEWoiBGoiCGoiCzYCHCAAIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogGmoiA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAFaiICQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBZqIgRBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogFGoiBSBCaiJCNgIMIAAgRyAtQRl3IC1BDndzIC1BA3ZzIClqIEBqIBBBD3cgEEENd3MgEEEKdnNqIhBqIAxqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIgwgA2oiAyA6aiI6NgIYIAAgBUEedyAFQRN3cyAFQQp3cyAFIAIgBHNxIAIgBHFzaiAMaiIMIDdqIjc2AgggACAtIEhqIC5BGXcgLkEOd3MgLkEDdnNqIA5qIERBD3cgREENd3MgREEKdnNqIAZqIAcgA0F/c3FqIAMgCHFqIANBGncgA0EVd3MgA0EHd3NqIgYgAmoiAiA2aiI2NgIUIAAgDEEedyAMQRN3cyAMQQp3cyAMIAQgBXNxIAQgBXFzaiAGaiIGIC9qIi82AgQgACAuIElqIDNBGXcgM0EOd3MgM0EDdnNqIEFqIBBBD3cgEEENd3MgEEEKdnNqIAdqIAggAkF/c3FqIAIgA3FqIAJBGncgAkEVd3MgAkEHd3NqIgIgBCAYamoiGDYCECAAIAYgBSAMc3EgBSAMcXMgF2ogBkEedyAGQRN3cyAGQQp3c2ogAmoiFzYCACABQUBrIQEMAQsLIBVB0ABqJAAPC0EAQQQgA0GYhsEAEGMAC5IpAg1/D34jAEGgCWsiAiQAIAEoAgQhBiABKAIAIQcgASgCCCEFIAJBCGogACgCACIIEK8BIAIgCDYCyAcgAEEEaiEJIAVBAnYhCiACQYgHaiELA0AgBCAKRwRAIAJB0AdqEN0BIAJBkAhqEN0BQQAhAQNAIAFBwABGRQRAIAJB4AhqIAkQmQEgAkGQCGogAWoiACACKQDoCDcACCAAIAIpAOAINwAAIAFBEGohAQwBCwsgAiACMQDECCACMQDFCEIQhoQgAjEAxghCIIaEIAIxAMcIQjCGhCACMQDMCEIIhoQgAjEAzQhCGIaEIAIxAM4IQiiGhCACMQDPCEI4hoQiDyACMQC0CCACMQC1CEIQhoQgAjEAtghCIIaEIAIxALcIQjCGhCACMQC8CEIIhoQgAjEAvQhCGIaEIAIxAL4IQiiGhCACMQC/CEI4hoQiEEIBiIVC1arVqtWq1arVAIMiESAPhSIPIAIxAKQIIAIxAKUIQhCGhCACMQCmCEIghoQgAjEApwhCMIaEIAIxAKwIQgiGhCACMQCtCEIYhoQgAjEArghCKIaEIAIxAK8IQjiGhCISIAIxAJQIIAIxAJUIQhCGhCACMQCWCEIghoQgAjEAlwhCMIaEIAIxAJwIQgiGhCACMQCdCEIYhoQgAjEAnghCKIaEIAIxAJ8IQjiGhCITQgGIhULVqtWq1arVqtUAgyIUIBKFIhJCAoiFQrPmzJmz5syZM4MiFiAPhSIPIAIxAMAIIAIxAMEIQhCGhCACMQDCCEIghoQgAjEAwwhCMIaEIAIxAMgIQgiGhCACMQDJCEIYhoQgAjEAyghCKIaEIAIxAMsIQjiGhCIVIAIxALAIIAIxALEIQhCGhCACMQCyCEIghoQgAjEAswhCMIaEIAIxALgIQgiGhCACMQC5CEIYhoQgAjEAughCKIaEIAIxALsIQjiGhCIXQgGIhULVqtWq1arVqtUAgyIZIBWFIhUgAjEAoAggAjEAoQhCEIaEIAIxAKIIQiCGhCACMQCjCEIwhoQgAjEAqAhCCIaEIAIxAKkIQhiGhCACMQCqCEIohoQgAjEAqwhCOIaEIhggAjEAkAggAjEAkQhCEIaEIAIxAJIIQiCGhCACMQCTCEIwhoQgAjEAmAhCCIaEIAIxAJkIQhiGhCACMQCaCEIohoQgAjEAmwhCOIaEIhpCAYiFQtWq1arVqtWq1QCDIhsgGIUiGEICiIVCs+bMmbPmzJkzgyIcIBWFIhVCBIiFQo+evPjw4cOHD4MiHSAPhTcDmAkgAiARQgGGIBCFIg8gFEIBhiAThSIQQgKIhUKz5syZs+bMmTODIhEgD4UiDyAZQgGGIBeFIhMgG0IBhiAahSIUQgKIhUKz5syZs+bMmTODIhcgE4UiE0IEiIVCj568+PDhw4cPgyIZIA+FNwOQCSACIBZCAoYgEoUiDyAcQgKGIBiFIhJCBIiFQo+evPjw4cOHD4MiFiAPhTcDiAkgAiAdQgSGIBWFNwP4CCACIBFCAoYgEIUiDyAXQgKGIBSFIhBCBIiFQo+evPjw4cOHD4MiESAPhTcDgAkgAiAZQgSGIBOFNwPwCCACIBZCBIYgEoU3A+gIIAIgEUIEhiAQhTcD4AhBACEBA0ACQCACQeAIaiIDIAJBCGogAWoiABCbAiADEEIgAiACKQOQCSIPQjyJQoDgg4CPgLyAcIMgD0IsiUL/n/z/8P/D/w+DhCISIA+FIhAgAikDmAkiD0I8iUKA4IOAj4C8gHCDIA9CLIlC/5/8//D/w/8Pg4QiESAPIBGFIg9CKIlCgP6D+I/gv4B/gyAPQhiJQv+B/Ifwn8D/AIOEhYU3A5gJIAIgAikDiAkiEUI8iUKA4IOAj4C8gHCDIBFCLIlC/5/8//D/w/8Pg4QiEyARhSIRIBIgEEIoiUKA/oP4j+C/gH+DIBBCGIlC/4H8h/CfwP8Ag4SFhTcDkAkgAiACKQOACSIQQjyJQoDgg4CPgLyAcIMgEEIsiUL/n/z/8P/D/w+DhCIWIBCFIhAgEyARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIWFNwOICSACIAIpA+gIIhFCPIlCgOCDgI+AvIBwgyARQiyJQv+f/P/w/8P/D4OEIhUgEYUiESACKQPwCCISQjyJQoDgg4CPgLyAcIMgEkIsiUL/n/z/8P/D/w+DhCITIBIgE4UiEkIoiUKA/oP4j+C/gH+DIBJCGIlC/4H8h/CfwP8Ag4SFhTcD8AggAiACKQPgCCITQjyJQoDgg4CPgLyAcIMgE0IsiUL/n/z/8P/D/w+DhCIUIBOFIhNCKIlCgP6D+I/gv4B/gyATQhiJQv+B/Ifwn8D/AIOEIBSFIA+FNwPgCCACIAIpA/gIIhRCPIlCgOCDgI+AvIBwgyAUQiyJQv+f/P/w/8P/D4OEIhcgFIUiFCAWIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYUgD4U3A4AJIAIgFyAUQiiJQoD+g/iP4L+Af4MgFEIYiUL/gfyH8J/A/wCDhIUgEoUgD4U3A/gIIAIgFSARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIUgE4UgD4U3A+gIIAMgAEFAayIAEJsCIAFBgAZGBEBBACEBA0AgAUHAAEYNAiACQeAIaiABaiIAIAApAwAiD0IIiCAPhUKAgPyHgIDA/wCDQoECfiAPhTcDACABQQhqIQEMAAsABSACQeAIaiIDEEIgAiACKQOQCSIPQjiJQoD+g/iP4L+Af4MgD0IoiUL/gfyH8J/A/wCDhCIRIA+FIhIgAikDmAkiD0I4iUKA/oP4j+C/gH+DIA9CKIlC/4H8h/CfwP8Ag4QiECAPIBCFIg9CIImFhTcDmAkgAiACKQOICSIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCITIBCFIhQgESASQiCJhYU3A5AJIAIgAikDgAkiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiESAQhSISIBMgFEIgiYWFNwOICSACIAIpA+gIIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhMgEIUiFCACKQPwCCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIWIBAgFoUiFkIgiYWFNwPwCCACIAIpA+AIIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhUgEIUiF0IgiSAVhSAPhTcD4AggAiACKQP4CCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIVIBCFIhAgESASQiCJhYUgD4U3A4AJIAIgFSAQQiCJhSAWhSAPhTcD+AggAiATIBRCIImFIBeFIA+FNwPoCCADIABBQGsQmwIgAxBCIAIgAikDkAkiD0I0iULw/8P/j/6/eIMgD0IkiUKPgLyA8IHAB4OEIhIgD4UiECACKQOYCSIPQjSJQvD/w/+P/r94gyAPQiSJQo+AvIDwgcAHg4QiESAPIBGFIg9CKIlCgP6D+I/gv4B/gyAPQhiJQv+B/Ifwn8D/AIOEhYU3A5gJIAIgAikDiAkiEUI0iULw/8P/j/6/eIMgEUIkiUKPgLyA8IHAB4OEIhMgEYUiESASIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYU3A5AJIAIgAikDgAkiEEI0iULw/8P/j/6/eIMgEEIkiUKPgLyA8IHAB4OEIhYgEIUiECATIBFCKIlCgP6D+I/gv4B/gyARQhiJQv+B/Ifwn8D/AIOEhYU3A4gJIAIgAikD6AgiEUI0iULw/8P/j/6/eIMgEUIkiUKPgLyA8IHAB4OEIhUgEYUiESACKQPwCCISQjSJQvD/w/+P/r94gyASQiSJQo+AvIDwgcAHg4QiEyASIBOFIhJCKIlCgP6D+I/gv4B/gyASQhiJQv+B/Ifwn8D/AIOEhYU3A/AIIAIgAikD4AgiE0I0iULw/8P/j/6/eIMgE0IkiUKPgLyA8IHAB4OEIhQgE4UiE0IoiUKA/oP4j+C/gH+DIBNCGIlC/4H8h/CfwP8Ag4QgFIUgD4U3A+AIIAIgAikD+AgiFEI0iULw/8P/j/6/eIMgFEIkiUKPgLyA8IHAB4OEIhcgFIUiFCAWIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYUgD4U3A4AJIAIgFyAUQiiJQoD+g/iP4L+Af4MgFEIYiUL/gfyH8J/A/wCDhIUgEoUgD4U3A/gIIAIgFSARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIUgE4UgD4U3A+gIIAMgAEGAAWoQmwIgAxBCIAIgAikDkAkiD0IwiSIQIA+FIhEgAikDmAkiD0IwiSISIA8gEoUiD0IgiYWFNwOYCSACIAIpA4gJIhJCMIkiEyAShSISIBAgEUIgiYWFNwOQCSACIAIpA4AJIhBCMIkiESAQhSIQIBMgEkIgiYWFNwOICSACIAIpA+gIIhJCMIkiEyAShSISIAIpA/AIIhRCMIkiFiAUIBaFIhRCIImFhTcD8AggAiACKQPgCCIWQjCJIhUgFoUiFkIgiSAVhSAPhTcD4AggAiACKQP4CCIVQjCJIhcgFYUiFSARIBBCIImFhSAPhTcDgAkgAiAXIBVCIImFIBSFIA+FNwP4CCACIBMgEkIgiYUgFoUgD4U3A+gIIAFBgAJqIQEMAgsACwsgAkHgCGoiABBCIAAgCxCbAiACIAIpA5gJIg8gAikDkAkiEEIBiIVC1arVqtWq1arVAIMiESAPhSIPIAIpA4gJIhIgAikDgAkiE0IBiIVC1arVqtWq1arVAIMiFCAShSISQgKIhUKz5syZs+bMmTODIhYgD4UiDyACKQP4CCIVIAIpA/AIIhdCAYiFQtWq1arVqtWq1QCDIhkgFYUiFSACKQPoCCIYIAIpA+AIIhpCAYiFQtWq1arVqtWq1QCDIhsgGIUiGEICiIVCs+bMmbPmzJkzgyIcIBWFIhVCBIiFQo+evPjw4cOHD4MiHSAPhSIPPACECCACIA9COIg8AI8IIAIgD0IoiDwAjgggAiAPQhiIPACNCCACIA9CCIg8AIwIIAIgD0IwiDwAhwggAiAPQiCIPACGCCACIA9CEIg8AIUIIAIgHUIEhiAVhSIPPACACCACIA9COIg8AIsIIAIgD0IoiDwAigggAiAPQhiIPACJCCACIA9CCIg8AIgIIAIgD0IwiDwAgwggAiAPQiCIPACCCCACIA9CEIg8AIEIIAIgECARQgGGhSIPIBMgFEIBhoUiEEICiIVCs+bMmbPmzJkzgyIRIA+FIg8gFyAZQgGGhSITIBogG0IBhoUiFEICiIVCs+bMmbPmzJkzgyIVIBOFIhNCBIiFQo+evPjw4cOHD4MiFyAPhSIPPAD0ByACIA9COIg8AP8HIAIgD0IoiDwA/gcgAiAPQhiIPAD9ByACIA9CCIg8APwHIAIgD0IwiDwA9wcgAiAPQiCIPAD2ByACIA9CEIg8APUHIAIgFkIChiAShSIPIBxCAoYgGIUiEkIEiIVCj568+PDhw4cPgyIWIA+FIg88AOQHIAIgD0I4iDwA7wcgAiAPQiiIPADuByACIA9CGIg8AO0HIAIgD0IIiDwA7AcgAiAPQjCIPADnByACIA9CIIg8AOYHIAIgD0IQiDwA5QcgAiAXQgSGIBOFIg88APAHIAIgD0I4iDwA+wcgAiAPQiiIPAD6ByACIA9CGIg8APkHIAIgD0IIiDwA+AcgAiAPQjCIPADzByACIA9CIIg8APIHIAIgD0IQiDwA8QcgAiAWQgSGIBKFIg88AOAHIAIgD0I4iDwA6wcgAiAPQiiIPADqByACIA9CGIg8AOkHIAIgD0IIiDwA6AcgAiAPQjCIPADjByACIA9CIIg8AOIHIAIgD0IQiDwA4QcgAiARQgKGIBCFIg8gFUIChiAUhSIQQgSIhUKPnrz48OHDhw+DIhEgD4UiDzwA1AcgAiAPQjiIPADfByACIA9CKIg8AN4HIAIgD0IYiDwA3QcgAiAPQgiIPADcByACIA9CMIg8ANcHIAIgD0IgiDwA1gcgAiAPQhCIPADVByACIBFCBIYgEIUiDzwA0AcgAiAPQjiIPADbByACIA9CKIg8ANoHIAIgD0IYiDwA2QcgAiAPQgiIPADYByACIA9CMIg8ANMHIAIgD0IgiDwA0gcgAiAPQhCIPADRByACQZAIaiAHIARBBnQiA2pBwAD8CgAAIAAQ3QFBACEAA0ACQCAAQQRHBEAgAkHgCGogAEEEdGohDEEAIQEDQCABQRBGDQIgAkGQCGogAEHI3MAAENQCIAFB2NzAABDfAi0AACENIAJB0AdqIABB6NzAABDUAiABQfjcwAAQ3wItAAAhDiAMIAFBiN3AABDfAiANIA5zOgAAIAFBAWohAQwACwALIAMgBmogAkHgCGpBwAD8CgAAIARBAWohBAwDCyAAQQFqIQAMAAsACwsgBUEDcSIKQQR0IQAgAkHgCGoiARDdAQNAIAAEQCACQdAIaiIDIAkQmQEgAkHQB2oiBBCCAiAEIAMQ9AEgAkGQCGogCCAEEC4gASACKQCYCDcACCABIAIpAJAINwAAIABBEGshACABQRBqIQEMAQUgBiAFQQR0QUBxIgBqIQUgACAHaiEGQQAhAANAIAAgCkZFBEAgAiAGIABBBHQiBGoiASkACDcD2AcgAiABKQAANwPQByACQeAIaiAEaiEHIAJBkAhqEP0BQQAhAQNAIAFBEEZFBEAgAkHQB2ogAUGY3MAAEN8CLQAAIQggByABQajcwAAQ3wItAAAhCSACQZAIaiABQbjcwAAQ3wIgCCAJczoAACABQQFqIQEMAQsLIAQgBWoiASACKQCYCDcACCABIAIpAJAINwAAIABBAWohAAwBCwsgAkGgCWokAAsLC48kAgh/AX4CQAJAAkACQCAAQfUBTwRAIABBzP97SwRAQQAPCyAAQQtqIgFBeHEhBUGgmMEAKAIAIghFDQJBHyEHIABB9f//B08NASAFQSYgAUEIdmciAGt2QQFxIABBAXRrQT5qIQcMAQsCQAJAAkACQAJAQZyYwQAoAgAiAkEQIABBC2pB+ANxIABBC0kbIgVBA3YiAHYiAUEDcQRAIAFBf3NBAXEgAGoiBkEDdCIAQZSWwQBqIgQgAEGclsEAaigCACIBKAIIIgNGDQEgAyAENgIMIAQgAzYCCAwCCyAFQaSYwQAoAgBNDQYgAQ0CQaCYwQAoAgAiAEUNBiAAaEECdEGElcEAaigCACIBKAIEQXhxIAVrIQMgASECA0ACQCABKAIQIgANACABKAIUIgANACACKAIYIQcCQAJAIAIgAigCDCIARgRAIAJBFEEQIAIoAhQiABtqKAIAIgENAUEAIQAMAgsgAigCCCIBIAA2AgwgACABNgIIDAELIAJBFGogAkEQaiAAGyEEA0AgBCEGIAEiAEEUaiAAQRBqIAAoAhQiARshBCAAQRRBECABG2ooAgAiAQ0ACyAGQQA2AgALIAdFDQYCQCACKAIcQQJ0QYSVwQBqIgEoAgAgAkcEQCACIAcoAhBHBEAgByAANgIUIAANAgwJCyAHIAA2AhAgAA0BDAgLIAEgADYCACAARQ0GCyAAIAc2AhggAigCECIBBEAgACABNgIQIAEgADYCGAsgAigCFCIBRQ0GIAAgATYCFCABIAA2AhgMBgsgACgCBEF4cSAFayIBIAMgASADSSIBGyEDIAAgAiABGyECIAAhAQwACwALQZyYwQAgAkF+IAZ3cTYCAAsgASAAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIEIAFBCGoPCwJAQQIgAHQiBEEAIARrciABIAB0cWgiBkEDdCIBQZSWwQBqIgQgAUGclsEAaigCACIAKAIIIgNHBEAgAyAENgIMIAQgAzYCCAwBC0GcmMEAIAJBfiAGd3E2AgALIAAgBUEDcjYCBCAAIAVqIgcgASAFayIGQQFyNgIEIAAgAWogBjYCAEGkmMEAKAIAIgIEQEGsmMEAKAIAIQECQEGcmMEAKAIAIgRBASACQQN2dCIDcUUEQEGcmMEAIAMgBHI2AgAgAkF4cUGUlsEAaiIDIQQMAQsgAkF4cSICQZSWwQBqIQQgAkGclsEAaigCACEDCyAEIAE2AgggAyABNgIMIAEgBDYCDCABIAM2AggLQayYwQAgBzYCAEGkmMEAIAY2AgAMBQtBoJjBAEGgmMEAKAIAQX4gAigCHHdxNgIACwJAAkAgA0EQTwRAIAIgBUEDcjYCBCACIAVqIgYgA0EBcjYCBCADIAZqIAM2AgBBpJjBACgCACIBRQ0BQayYwQAoAgAhAAJAQZyYwQAoAgAiBEEBIAFBA3Z0IgdxRQRAQZyYwQAgBCAHcjYCACABQXhxQZSWwQBqIgQhAQwBCyABQXhxIgRBlJbBAGohASAEQZyWwQBqKAIAIQQLIAEgADYCCCAEIAA2AgwgACABNgIMIAAgBDYCCAwBCyACIAMgBWoiAEEDcjYCBCAAIAJqIgAgACgCBEEBcjYCBAwBC0GsmMEAIAY2AgBBpJjBACADNgIACyACQQhqIgBFDQEMAgtBACAFayEDAkACQAJAIAdBAnRBhJXBAGooAgAiAkUEQEEAIQFBACEADAELQQAhASAFQRkgB0EBdmtBACAHQR9HG3QhBEEAIQADQAJAIAIoAgRBeHEiBiAFSQ0AIAYgBWsiBiADTw0AIAIhASAGIgMNAEEAIQMgASEADAMLIAIoAhQiBiAAIAYgAiAEQR12QQRxaigCECICRxsgACAGGyEAIARBAXQhBCACDQALCyAAIAFyRQRAQQAhAUECIAd0IgBBACAAa3IgCHEiAEUNAyAAaEECdEGElcEAaigCACEACyAARQ0BCwNAIAMgACgCBEF4cSIEIAVrIgIgAyACIANJIgYbIAQgBUkiBBshAyABIAAgASAGGyAEGyEBIAAoAhAiAgR/IAIFIAAoAhQLIgANAAsLIAFFDQAgBUGkmMEAKAIAIgBNIAMgACAFa09xDQAgASgCGCEHAkACQCABIAEoAgwiAEYEQCABQRRBECABKAIUIgAbaigCACICDQFBACEADAILIAEoAggiAiAANgIMIAAgAjYCCAwBCyABQRRqIAFBEGogABshBANAIAQhBiACIgBBFGogAEEQaiAAKAIUIgIbIQQgAEEUQRAgAhtqKAIAIgINAAsgBkEANgIACwJAIAdFDQACQAJAIAEoAhxBAnRBhJXBAGoiAigCACABRwRAIAEgBygCEEcEQCAHIAA2AhQgAA0CDAQLIAcgADYCECAADQEMAwsgAiAANgIAIABFDQELIAAgBzYCGCABKAIQIgIEQCAAIAI2AhAgAiAANgIYCyABKAIUIgJFDQEgACACNgIUIAIgADYCGAwBC0GgmMEAQaCYwQAoAgBBfiABKAIcd3E2AgALAkAgA0EQTwRAIAEgBUEDcjYCBCABIAVqIgAgA0EBcjYCBCAAIANqIAM2AgAgA0GAAk8EQCAAIAMQYgwCCwJAQZyYwQAoAgAiAkEBIANBA3Z0IgRxRQRAQZyYwQAgAiAEcjYCACADQfgBcUGUlsEAaiIDIQIMAQsgA0H4AXEiBEGUlsEAaiECIARBnJbBAGooAgAhAwsgAiAANgIIIAMgADYCDCAAIAI2AgwgACADNgIIDAELIAEgAyAFaiIAQQNyNgIEIAAgAWoiACAAKAIEQQFyNgIECyABQQhqIgANAQsCQAJAAkACQAJAIAVBpJjBACgCACIBSwRAIAVBqJjBACgCACIATwRAIAVBr4AEaiIBQRB2QAAiAkF/RgRAQQAPC0EAIQAgAkEQdCICRQ0HQbSYwQAgAUGAgHxxIgBBEGsgACACQQAgAGtGGyIBQbSYwQAoAgBqIgA2AgBBuJjBACAAQbiYwQAoAgAiBCAAIARLGzYCAAJAAkBBsJjBACgCACIEBEBBhJbBACEAA0AgACgCACIDIAAoAgQiBmogAkYNAiAAKAIIIgANAAsMAgtBwJjBACgCACIAQQAgACACTRtFBEBBwJjBACACNgIAC0HEmMEAQf8fNgIAQYiWwQAgATYCAEGElsEAIAI2AgBBoJbBAEGUlsEANgIAQaiWwQBBnJbBADYCAEGclsEAQZSWwQA2AgBBsJbBAEGklsEANgIAQaSWwQBBnJbBADYCAEG4lsEAQayWwQA2AgBBrJbBAEGklsEANgIAQcCWwQBBtJbBADYCAEG0lsEAQayWwQA2AgBByJbBAEG8lsEANgIAQbyWwQBBtJbBADYCAEHQlsEAQcSWwQA2AgBBxJbBAEG8lsEANgIAQdiWwQBBzJbBADYCAEHMlsEAQcSWwQA2AgBBkJbBAEEANgIAQeCWwQBB1JbBADYCAEHUlsEAQcyWwQA2AgBB3JbBAEHUlsEANgIAQeiWwQBB3JbBADYCAEHklsEAQdyWwQA2AgBB8JbBAEHklsEANgIAQeyWwQBB5JbBADYCAEH4lsEAQeyWwQA2AgBB9JbBAEHslsEANgIAQYCXwQBB9JbBADYCAEH8lsEAQfSWwQA2AgBBiJfBAEH8lsEANgIAQYSXwQBB/JbBADYCAEGQl8EAQYSXwQA2AgBBjJfBAEGEl8EANgIAQZiXwQBBjJfBADYCAEGUl8EAQYyXwQA2AgBBoJfBAEGUl8EANgIAQaiXwQBBnJfBADYCAEGcl8EAQZSXwQA2AgBBsJfBAEGkl8EANgIAQaSXwQBBnJfBADYCAEG4l8EAQayXwQA2AgBBrJfBAEGkl8EANgIAQcCXwQBBtJfBADYCAEG0l8EAQayXwQA2AgBByJfBAEG8l8EANgIAQbyXwQBBtJfBADYCAEHQl8EAQcSXwQA2AgBBxJfBAEG8l8EANgIAQdiXwQBBzJfBADYCAEHMl8EAQcSXwQA2AgBB4JfBAEHUl8EANgIAQdSXwQBBzJfBADYCAEHol8EAQdyXwQA2AgBB3JfBAEHUl8EANgIAQfCXwQBB5JfBADYCAEHkl8EAQdyXwQA2AgBB+JfBAEHsl8EANgIAQeyXwQBB5JfBADYCAEGAmMEAQfSXwQA2AgBB9JfBAEHsl8EANgIAQYiYwQBB/JfBADYCAEH8l8EAQfSXwQA2AgBBkJjBAEGEmMEANgIAQYSYwQBB/JfBADYCAEGYmMEAQYyYwQA2AgBBjJjBAEGEmMEANgIAQbCYwQAgAjYCAEGUmMEAQYyYwQA2AgBBqJjBACABQShrIgA2AgAgAiAAQQFyNgIEIAAgAmpBKDYCBEG8mMEAQYCAgAE2AgAMCAsgAiAETSADIARLcg0AIAAoAgxFDQMLQcCYwQBBwJjBACgCACIAIAIgACACSRs2AgAgASACaiEDQYSWwQAhAAJAAkADQCADIAAoAgAiBkcEQCAAKAIIIgANAQwCCwsgACgCDEUNAQtBhJbBACEAA0ACQCAEIAAoAgAiA08EQCAEIAMgACgCBGoiBkkNAQsgACgCCCEADAELC0GwmMEAIAI2AgBBqJjBACABQShrIgA2AgAgAiAAQQFyNgIEIAAgAmpBKDYCBEG8mMEAQYCAgAE2AgAgBCAGQSBrQXhxQQhrIgAgACAEQRBqSRsiA0EbNgIEQYSWwQApAgAhCSADQRBqQYyWwQApAgA3AgAgA0EIaiIAIAk3AgBBiJbBACABNgIAQYSWwQAgAjYCAEGMlsEAIAA2AgBBkJbBAEEANgIAIANBHGohAANAIABBBzYCACAAQQRqIgAgBkkNAAsgAyAERg0HIAMgAygCBEF+cTYCBCAEIAMgBGsiAEEBcjYCBCADIAA2AgAgAEGAAk8EQCAEIAAQYgwICwJAQZyYwQAoAgAiAUEBIABBA3Z0IgJxRQRAQZyYwQAgASACcjYCACAAQfgBcUGUlsEAaiIAIQEMAQsgAEH4AXEiAEGUlsEAaiEBIABBnJbBAGooAgAhAAsgASAENgIIIAAgBDYCDCAEIAE2AgwgBCAANgIIDAcLIAAgAjYCACAAIAAoAgQgAWo2AgQgAiAFQQNyNgIEIAZBD2pBeHFBCGsiAyACIAVqIgBrIQUgA0GwmMEAKAIARg0DIANBrJjBACgCAEYNBCADKAIEIgFBA3FBAUYEQCADIAFBeHEiARBYIAEgBWohBSABIANqIgMoAgQhAQsgAyABQX5xNgIEIAAgBUEBcjYCBCAAIAVqIAU2AgAgBUGAAk8EQCAAIAUQYgwGCwJAQZyYwQAoAgAiAUEBIAVBA3Z0IgRxRQRAQZyYwQAgASAEcjYCACAFQfgBcUGUlsEAaiIFIQMMAQsgBUH4AXEiAUGUlsEAaiEDIAFBnJbBAGooAgAhBQsgAyAANgIIIAUgADYCDCAAIAM2AgwgACAFNgIIDAULQaiYwQAgACAFayIBNgIAQbCYwQBBsJjBACgCACIAIAVqIgI2AgAgAiABQQFyNgIEIAAgBUEDcjYCBCAAQQhqIQAMBgtBrJjBACgCACEAAkAgASAFayICQQ9NBEBBrJjBAEEANgIAQaSYwQBBADYCACAAIAFBA3I2AgQgACABaiIBIAEoAgRBAXI2AgQMAQtBpJjBACACNgIAQayYwQAgACAFaiIENgIAIAQgAkEBcjYCBCAAIAFqIAI2AgAgACAFQQNyNgIECwwGCyAAIAEgBmo2AgRBsJjBAEGwmMEAKAIAIgBBD2pBeHEiAkEIayIENgIAQaiYwQBBqJjBACgCACABaiIBIAAgAmtqQQhqIgI2AgAgBCACQQFyNgIEIAAgAWpBKDYCBEG8mMEAQYCAgAE2AgAMAwtBsJjBACAANgIAQaiYwQBBqJjBACgCACAFaiIBNgIAIAAgAUEBcjYCBAwBC0GsmMEAIAA2AgBBpJjBAEGkmMEAKAIAIAVqIgE2AgAgACABQQFyNgIEIAAgAWogATYCAAsgAkEIag8LQQAhAEGomMEAKAIAIgEgBU0NAEGomMEAIAEgBWsiATYCAEGwmMEAQbCYwQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQMAQsgAA8LIABBCGoLwBgBDn8jAEEQayIEJAAgBCACEEkDQCAEIAEgC2oiDRCcAiAEEEEgBCAELwEMIgJBD3QgAkEBdnJBiJH+/wdxIAJBC3QgAkEFdnJB9+4BcXIiBiACcyIFIAQvAQ4iAkEPdCACQQF2ckGIkf7/B3EgAkELdCACQQV2ckH37gFxciIDIAIgA3MiAkEKdCACQf//A3EiA0EGdnJBzJkDcSACQQZ0IANBCnZyQbPmAHFyc3M7AQ4gBCAELwEKIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCCADcyIHIAYgBUEKdCAFQf//A3EiA0EGdnJBzJkDcSAFQQZ0IANBCnZyQbPmAHFyc3M7AQwgBCAELwEIIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiDCADcyIFIAggB0EKdCAHQf//A3EiA0EGdnJBzJkDcSAHQQZ0IANBCnZyQbPmAHFyc3M7AQogBCAELwECIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCSADcyIHIAQvAQQiA0EPdCADQQF2ckGIkf7/B3EgA0ELdCADQQV2ckH37gFxciIGIAMgBnMiBkEKdCAGQf//A3EiA0EGdnJBzJkDcSAGQQZ0IANBCnZyQbPmAHFyc3M7AQQgBCAELwEAIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCiADcyIIQQp0IAhB//8DcSIDQQZ2ckHMmQNxIAhBBnQgA0EKdnJBs+YAcXIgCnMgAnM7AQAgBCAELwEGIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiCiADcyIDIAwgBUEKdCAFQf//A3EiDkEGdnJBzJkDcSAFQQZ0IA5BCnZyQbPmAHFyc3MgAnM7AQggBCAKIANBCnQgA0H//wNxIgVBBnZyQcyZA3EgA0EGdCAFQQp2ckGz5gBxcnMgBnMgAnM7AQYgBCACIAkgB0EKdCAHQf//A3EiAkEGdnJBzJkDcSAHQQZ0IAJBCnZyQbPmAHFycyAIc3M7AQIgBCANQRBqIg0QnAIgC0HAAUYEQCAEEPABIAQQQSAEIAFB4AFqEJwCIAAgBC8BDiIBIAQvAQwiAkEBdnNB1aoBcSILIAFzIgEgBC8BCiIDIAQvAQgiBUEBdnNB1aoBcSIHIANzIgNBAnZzQbPmAHEiBiABcyIBIAQvAQYiCCAELwEEIg1BAXZzQdWqAXEiDCAIcyIIIAQvAQIiCSAELwEAIgpBAXZzQdWqAXEiDiAJcyIJQQJ2c0Gz5gBxIg8gCHMiCEEEdnNBjx5xIhAgAXMiAToADSAAIAFBCHY6AA8gACAQQQR0IAhzIgE6AAwgACACIAtBAXRzIgIgBSAHQQF0cyILQQJ2c0Gz5gBxIgUgAnMiAiANIAxBAXRzIgcgCiAOQQF0cyIIQQJ2c0Gz5gBxIg0gB3MiB0EEdnNBjx5xIgwgAnMiAjoACSAAIAZBAnQgA3MiAyAPQQJ0IAlzIgZBBHZzQY8ecSIJIANzIgM6AAUgACABQQh2OgAOIAAgAkEIdjoACyAAIAxBBHQgB3MiAToACCAAIANBCHY6AAcgACAJQQR0IAZzIgI6AAQgACAFQQJ0IAtzIgsgDUECdCAIcyIDQQR2c0GPHnEiBSALcyILOgABIAAgAUEIdjoACiAAIAJBCHY6AAYgACALQQh2OgADIAAgBUEEdCADcyIBOgAAIAAgAUEIdjoAAiAEQRBqJAAFIAQQQSAEIAQvAQwiAkEOdCACQQJ2ckHMmf//A3EgAkEKdCACQQZ2ckGz5gBxciIGIAJzIgUgBC8BDiICQQ50IAJBAnZyQcyZ//8DcSACQQp0IAJBBnZyQbPmAHFyIgMgAiADcyICQQh0IAJBgP4DcUEIdnJzczsBDiAEIAQvAQoiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIIIANzIgcgBiAFQQh0IAVBgP4DcUEIdnJzczsBDCAEIAQvAQgiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIMIANzIgUgCCAHQQh0IAdBgP4DcUEIdnJzczsBCiAEIAQvAQIiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIJIANzIgcgBC8BBCIDQQ50IANBAnZyQcyZ//8DcSADQQp0IANBBnZyQbPmAHFyIgYgAyAGcyIGQQh0IAZBgP4DcUEIdnJzczsBBCAEIAQvAQAiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIKIANzIghBCHQgCEGA/gNxQQh2ciAKcyACczsBACAEIAQvAQYiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIKIANzIgMgDCAFQQh0IAVBgP4DcUEIdnJzcyACczsBCCAEIAogA0EIdCADQYD+A3FBCHZycyAGcyACczsBBiAEIAkgB0EIdCAHQYD+A3FBCHZycyAIcyACczsBAiAEIA1BEGoQnAIgBBBBIAQgBC8BDCICQQ10IAJBA3ZyQe7d//8BcSACQQl0IAJBB3ZyQZEicXIiBiACcyIFIAQvAQ4iAkENdCACQQN2ckHu3f//AXEgAkEJdCACQQd2ckGRInFyIgMgAiADcyICQQp0IAJB//8DcSIDQQZ2ckHMmQNxIAJBBnQgA0EKdnJBs+YAcXJzczsBDiAEIAQvAQoiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgggA3MiByAGIAVBCnQgBUH//wNxIgNBBnZyQcyZA3EgBUEGdCADQQp2ckGz5gBxcnNzOwEMIAQgBC8BCCIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiDCADcyIFIAggB0EKdCAHQf//A3EiA0EGdnJBzJkDcSAHQQZ0IANBCnZyQbPmAHFyc3M7AQogBCAELwECIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIJIANzIgcgBC8BBCIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiBiADIAZzIgZBCnQgBkH//wNxIgNBBnZyQcyZA3EgBkEGdCADQQp2ckGz5gBxcnNzOwEEIAQgBC8BACIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiCiADcyIIQQp0IAhB//8DcSIDQQZ2ckHMmQNxIAhBBnQgA0EKdnJBs+YAcXIgCnMgAnM7AQAgBCAELwEGIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIKIANzIgMgDCAFQQp0IAVB//8DcSIOQQZ2ckHMmQNxIAVBBnQgDkEKdnJBs+YAcXJzcyACczsBCCAEIAogA0EKdCADQf//A3EiBUEGdnJBzJkDcSADQQZ0IAVBCnZyQbPmAHFycyAGcyACczsBBiAEIAIgCSAHQQp0IAdB//8DcSICQQZ2ckHMmQNxIAdBBnQgAkEKdnJBs+YAcXJzIAhzczsBAiAEIA1BIGoQnAIgBBBBIAQgBC8BDCICQQx0IAJBBHZyIgcgAnMiAyAELwEOIgJBDHQgAkEEdnIiBSACIAVzIgJBCHQgAkGA/gNxQQh2cnNzOwEOIAQgBC8BCiIFQQx0IAVBBHZyIgYgBXMiBSAHIANBCHQgA0GA/gNxQQh2cnNzOwEMIAQgBC8BCCIDQQx0IANBBHZyIg0gA3MiAyAGIAVBCHQgBUGA/gNxQQh2cnNzOwEKIAQgBC8BAiIFQQx0IAVBBHZyIgwgBXMiBSAELwEEIgdBDHQgB0EEdnIiBiAGIAdzIgdBCHQgB0GA/gNxQQh2cnNzOwEEIAQgBC8BACIGQQx0IAZBBHZyIgggBnMiBkEIdCAGQYD+A3FBCHZyIAhzIAJzOwEAIAQgBC8BBiIIQQx0IAhBBHZyIgkgCHMiCCANIANBCHQgA0GA/gNxQQh2cnNzIAJzOwEIIAQgCSAIQQh0IAhBgP4DcUEIdnJzIAdzIAJzOwEGIAQgDCAFQQh0IAVBgP4DcUEIdnJzIAZzIAJzOwECIAtBQGshCwwBCwsL3B0DDH8FfgFvIwBB0AFrIgIkAAJAAn8CQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgAC0AuAVBAWsOAwgCAQALIABB2AJqIABB2AL8CgAACyAAQdgCaiEKAkACQCAALQCoBUEBaw4DCQIBAAsgACgCmAUhBCACQeAAaiIDIAAoAqAFIAAoAqQFEGAgAi0AYEELRwRAQauiwABBDUG4osAAQRAQ2wEhASADENMCDBMLIAIgAi0AYzoAsgEgAiACLwBhOwGwASACIAIpAmg3ALcBIAIgAi0AcDoAvwEgAiACKAJkNgCzASACQQI2AogBIAJBAjYCdCACIARBDGooAgAiAzYCnAEgAiADIARBEGooAgBB6ABsIgZqIgQ2AqABIAJBiAFqIQcCfwJAA0AgBkUNASACQQA2AnwgAkEBNgJ0IAIgAygCYCIFNgKAASACIANBEGo2AnggAiAFIAMoAmRBMGxqNgKEASAGQegAayEGIANB6ABqIQMgAkHYAGogAkGwAWogAkH0AGoQgwEgAigCWCIFRQ0ACyACKAJcDAELIAIgBDYCnAEgAkECNgJ0IAIoAogBQQJGDQsgAkHQAGogAkGwAWogBxCDASACKAJQIgVFDQsgAigCVAshByAFKQMQIQ4gAEGABWogBUEcaigCACAFQSBqKAIAEO8BIAAgBSkDCDcD8AQgACAFKQMANwPoBCAAIA43A/gEIABB6ARqIQYgAC0AqQVFBEAgACgCmAUhBUEAIQEgACgCkAUiCBDMAyIDQQBIDQoCQCADRQRAQQEhCUEAIQQMAQtBASEBIAJByABqQQEgAxDWAiADIQQgAigCSCIJRQ0LCyAIIAkgCBDMAxDrASACIAk2AqgBIAIgBDYCpAEgAiADNgKsAQJAAkACQAJAIAApA/gEIg4Q3QIgA61RBEAgAkHEAWogBUE4aiAGIAcQxAEgAkH0AGogBUEYaiACKALIASIBIAIoAswBIAJBpAFqEDAgAi0AdCIDQQtHDQIgAigCxAEgARCqAyACQUBrIA6nIgQgAigCqAEiBSACKAKsASIBQfTMwAAQqAIgAigCRCEDIAIoAkAhBgNAIANFDQIgA0EBayEDIAYtAAAgBkEBaiEGRQ0ACwsgAkGkAWoQggFBACEDDAILIAEgBE8EQCACIAQ2AqwBIAQhAQsgBSABEP8CIQQgAQRAIAVBACAB/AsACyACIAJBpAFqNgJ0IAIoAqQBIAIoAqgBEKoDIAJBOGogBBCAAyIGIAAoAoQFIAAoAogFELsBIAIoAjwhASACKAI4IQMgBhCdAyAEEJ0DDAILIAIgAigAhAE2AL8BIAIgAikAfTcDuAEgAiACKQB1NwOwASACKALEASABEKoDCyACIAM6AHQgAiACKQOwATcAdSACIAIpA7gBNwB9IAIgAigAvwE2AIQBEKgDIQEgAkH0AGoQ0wIgAigCpAEgAigCqAEQqgNBASEDCyADQQFxDRIMFAsgAkEwahB8IAIoAjBBAXENAkGUocAAQQdB+KLAAEEnENsBIQEMEQsgAEHABGohCQJAAkACQCAALQDABEEBaw4EBwMBAAILIAEoAgAhBCAAKALkBCEDDAwLIAAoAsgEIQMMBAsgACgCzAMhAyAAKALQAyEHIAAoAsgDIQYgACgCxAMhBSAAKALAAyEEDAILAAsgAigCNCEEIABBADoAwAQgACAHNgLQAyAAIAY2AsgDIAAgBDYClAUgACAAQZAFaiIDNgLMAyAAIABBlAVqIgQ2AsADIAAgACgCmAVBCGoiBTYCxAMgAEHABGohCQsgACADNgLcAyAAIAY2AtgDIAAgBDYC1AMgACADKAIAEMwDrSIONwPYAgJAIAAoAtgDKQMQIg8Q3QIgDlEEQCAAIA8QnQIiDjcD4AIgACAOQg6IQgF8NwPoAiAAQfACaiIEQQBBOPwLACAAKALcAygCAEEAQTgQ7gIiAyAEQTgQ6wEgAxCdAyAAIAApA4ADNwO4AyAAIAApA/gCNwOwAyAAIAApA/ACNwOoAyAAQeADaiAFQTBqIAAoAtgDIAcQxAEgAEHsA2oiBCAFQRBqIABBqANqIAAoAuQDIAAoAugDEHpBACEDQQEhBgNAIANBIEYNAiAAIANqIgVBiANqLQAAIAVBjARqLQAAcyIFQQAgBWtywEEAThCHAyAGcSEGIANBAWohAwwACwALEKgDIQEMDAsCQCAGEIcDQf8BcQRAIAAgBEEgEP8CNgK4BCAAQfOgwABBBxCCAyIEEIADNgK8BCAEEJ0DIAAoAtQDKAIAJQFB+qDAAEEDIAAoArgEJQFB/aDAAEEHQQAgACgCvAQlARAOIRMQXyIEIBMmASACQShqEMUCIAIoAihBAXFFDQEgAigCLCEDQZShwABBB0GbocAAQSoQ2wEhAQwLCxCoAyEBDAsLIAAgBBCJASIDNgLIBAsgAkEgaiADIAEoAgAiBBCQAUECIQYgAigCICIFQQJHDQFBAwwLC0GEocAAEKwDAAsgAigCJCEDIAAoAsgEEOICIAVBAUYEQEGUocAAQQdBm6HAAEEqENsBIQEMBwsgACADNgLIBCAAKAK4BBDMAyEBIAAoArgEJQFBAEEAIAEQDyETEF8iASATJgEgARCdAyAAQcwEaiAAKALoAkEMbBDUASAAQawEaiEBIAAoAtQEIgMgA0EMcGshByACQYQBaiEGIAAoAtAEIQVCACEOA0ACQCAHQQxPBEAgDkIBfCEPIAUgASgACDYACCAFIAEpAAA3AAAgBiAOQjiGIA5CgP4Dg0IohoQgDkKAgPwHg0IYhiAOQoCAgPgPg0IIhoSEIA5CCIhCgICA+A+DIA5CGIhCgID8B4OEIA5CKIhCgP4DgyAOQjiIhISENwIAIAJCADcCjAFBACEDA0AgA0EIRg0CIAMgBWpBBGoiCCAILQAAIAMgBmotAABzOgAAIANBAWohAwwACwALIAAgACgC0AQgACgC1AQQ/wIiATYC2ARBACEDIAFBAEEMEO4CIQEQowMiBiUBQf2gwABBBxAQIAYgARC2AyAAIAY2AtwEIAEQnQMgACgC6AIQEiETEF8iASATJgEgACABNgLgBCAAKQPoAiEQQgAhDkE4IQZCyIABIQ9BACEBA0ACQAJAIA4gEFIEQCAOUEUNAQwCCyAAKALgBCUBEBMhExBfIgMgEyYBIAAgAxCJASIDNgLkBAwJCyAAKALYBCADIANBDGoQ7gIhBSAAKALcBCAFELYDIAUQnQMLIAAoAtQDIAAoAtwDKAIAIAYgACkD2AIiESAPIA8gEVYbpxDuAiEFKAIAJQEgACgC3AQlASAAKALIBCUBIAUlARAUIRMQXyIHIBMmASACQRhqEMUCIAIoAhhBAXEEQCACKAIcEKgDIQEQnQMMCQUgBRCdAyAAKALgBCABIAcQmwMgDkIBfCEOIA9CkIABfCEPIAZBkIABaiEGIANBDGohAyABQQFqIQEMAQsACwALIAdBDGshByAFQQxqIQUgDyEODAALAAtBhKbAABCsAwALQeiiwAAQrAMACyABEPECAAtBq6LAAEENQciiwABBHRDbASEBDAcLIAJBEGogAyAEEJABQQIhBkEEIAIoAhAiBEECRg0EGiACKAIUIQUgACgC5AQQ4gIgBEEBRgRAEKgDIQEMAQsgACgC2AMpAxAhDiACQQA2AnwgAkKAgICAEDcCdCAAKQPoAiIPIA5CDogiDiAOIA9UGyERQQEhB0EAIQEDQAJAAkACQAJAIA4gEVIEQCAFJQEgDqciCxAWIRMQXyIEIBMmAUKAgAEgACkD4AIgDkIOhiIQfSIPIA9CgIABWhsiDyAEJQEQF61SDQEgDyAAKALYAykDECISIBB9IhBCACAQIBJYGyIQWA0EIAICfyABIAQgEKciDCAPIBB9pxDvAiIIEMwDIgNPBEAgAwwBCyACQfQAaiADIAFrIgEQZCABQQFrIQMgAigCeCIHIAIoAnwiDWohBgNAIAZBADoAACADBEAgA0EBayEDIAZBAWohBgwBCwsgASANagsiATYCfCAIIAcgARDrAUEAIQMDQCABIANGDQMgAyAHaiADQQFqIQMtAABFDQALEKgDIQEgCBCdAwwDCyACQQhqIAUgACgC2AMiASgCHCABKAIgELsBIAIoAgwhASACKAIIIQYgAigCdCACKAJ4EKoDIAUQnQMgACgC4AQQnQMgACgC3AQQnQMgACgC2AQQnQMgACgCzAQgAEHQBGooAgAQqgMgACgCyAQQnQMgACgCvAQQnQMgACgCuAQQnQMgAEHsA2oQrQIgACgC4AMgAEHkA2ooAgAQqgNBAQwJCxCoAyEBDAELIAUgCyAEQQAgDBDvAhCbAyAIEJ0DDAELIAQQnQMgAigCdCACKAJ4EKoDDAILIA5CAXwhDiAEEJ0DDAALAAsgBRCdAyAAKALgBBCdAyAAKALcBBCdAyAAKALYBBCdAyAAKALMBCAAQdAEaigCABCqAyAAKALIBCEDCyADEJ0DIAAoArwEEJ0DIAAoArgEEJ0DCyAAQewDahCtAiAAKALgAyAAQeQDaigCABCqAwtBASEGQQELIQQgCSAEOgAAQQIhAyAGQQJGBEAgAEEDOgCoBQwFCyAKELgBIAAoApQFEJ0DIAZBAXFFDQILIAAoAoAFIABBhAVqKAIAEKoDC0EBDAELIAAoAoAFIABBhAVqKAIAEKoDQQALIQMgACgCmAUQ5QIgACgCnAUgAEGgBWooAgAQqgMgACgCkAUQnQMgAEEBOgCoBQsgACADQQJGIgYEf0EDBSAKEPgBIABBtAVBsAUgA0EBcRtqKAIAIwBBEGsiBCQAJQFBgAglASABJQEQCSETEF8iAyATJgEgBEEIahDFAiAEKAIMIQUgAiAEKAIIQQFxIgc2AgAgAiAFIAMgBxs2AgQgBEEQaiQAIAIoAgQgAigCAEEBRgRAQeimwABBMRC6AwALEJ0DQYAIEJ0DIAEQnQMgACgCsAUQnQMgACgCtAUQnQNBAQs6ALgFIAJB0AFqJAAgBguAGQISfwR+IwBBoA5rIgUkAAJAAkAgBCgCCCIIQThPBEAgBSAEKAIEIgYpABA3A/gEIAUgBikACDcD8AQgBSAGKQAANwPoBCAFQYAFaiIHIAEgBUHoBGogAiADEHogBUGgBWogBkEYahDkAUH/AXFFBEAgBUEBNgKwAiAFQQA6ALQCIAcQrQIMAgtBACEGA0AgBkHwAUcEQCAFQaAGaiAGakEAOwEAIAZBAmohBgwBCwsgBUEQaiIBIAVBgAVqENUBIAVBoAZqIAEQSSABIAVBkAVqENUBIAVBsAZqIAEQSSAFQdAGaiEGIAVBwAZqIQJBCCEDA0AgBUGgBmoiASADEKwBIAZBEGsiBxBBIAcQngIgAiACLwEAQYABczsBACABIANBCGoiAUEHEH4gA0HoAEYEQCAFQdAGaiECQQghB0EDIQEDQAJAAkAgAUUEQCAFQfAHahDCAUEQIQYDQCAGQfABRg0CIAVBoAZqIAZqEJ4CIAZBEGohBgwACwALIAVBoAZqIAdBAXRqIgMQwgEgA0EQahDwAUEAIQYDQCAGQRBGDQIgAiAGaiIDIAMvAQAiAyADIANBAnZzQZDGAHEiA0ECdHMgA3MiAyADIANBAXZzQdCgAXEiA0EBdHMgA3M7AQAgBkECaiEGDAALAAsgBUEQaiICIAVBoAZqIgFB8AH8CgAAIAVBiA5qIgMQ/QEgASACEK8BIAEQggIgASADEPQBIAMgAiABEC4gBSAFKQCQDjcDqAYgBSAFKQCIDjcDoAYgASABQQhyEPsBIAVCADcD0AIgBUIANwPYAiAFIAUpA6gGIhdCL4g8AM4CIAUgF0IniDwAzQIgBSAXQh+IPADMAiAFIAUpA6AGIhhCN4g8AMcCIAUgGEIviDwAxgIgBSAYQieIPADFAiAFIBhCH4g8AMQCIAUgF6ciBkEXdjoAywIgBSAGQQ92OgDKAiAFIAZBB3Y6AMkCIAUgF0IBhiIaIBhCP4iEPADIAiAFIBinIgZBF3Y6AMMCIAUgBkEPdjoAwgIgBSAGQQd2OgDBAiAFIBdCP4giGSAYQgGGhDwAwAIgBSAXQoCAgICAgICAgH+DIBlCPoaEIBlCOYaEIBqFQjiIPADPAiAFQQA6AKAGIAVBADoA+A0gBUEAOgDoDSAFQQA6AJAGIAVBADoAgAYgBUEAOgDwBSAFQQA6AOAFIAVBADoA3wUgBUEAOgDYBSAFQQA6ANcFIAVBADoA1gUgBUEAOgDVBSAFQQA6ANQFIAVBADoA0wUgBUEAOgDSBSAFQQA6ANEFIAUgBUGYDmo2AqQGIAUgAzYCoAYgARCpAiAFQeACaiACQfAB/AoAACAFQQA2ArACIAUgBSkAwAU3A9AEIAUgBSgAyAU2AtgEIAVBgAVqEK0CIAIgBUHAAmoiEEGgAvwKAAAgASAIrRC8ASAFKAKgBiECIAEQ+AICQAJAAkACQAJAIAJFBEAgBUGADmohFCAFQbAGaiELIAVByAJqIQwgBUGEBWohDiAFQTBqIQ8gBUG8AmohFSAFQaACaiERIAQoAgghCUE4IQFCACEXAkACQANAIAEgCU8EQCAJIApJDQUgCSAKayICQfD///8HcSEIIAQoAgQgCmohAQJAIAJBBHYiA0UNACADQQR0IQMgASEGA0AgA0UNASAFQgA3A6gGIAVCADcDoAYgBiAFKQOoBjcACCAGIAUpA6AGNwAAIANBEGshAyAGQRBqIQYMAAsACyABIAhqIQMgAkEPcSEGA0AgBkUNAyADQQA6AAAgBkEBayEGIANBAWohAwwACwALIAVBCGogASAJIAFBkIABaiICIAIgCUsbIgIgBCgCBCISIAlBhNDAABCUAiAFKAIMIhNBD00NBSAFKAIIIQcgBSARKAAINgK4AiAFIBEpAAA3A7ACIAsgF0I4hiAXQoD+A4NCKIaEIBdCgID8B4NCGIYgF0KAgID4D4NCCIaEhCAXQgiIQoCAgPgPgyAXQhiIQoCA/AeDhCAXQiiIQoD+A4MgF0I4iISEhDcCACAFQQg2AqwGIAUgFTYCpAYgByATQRBrIghqIQNBACEGA0AgBkEIRwRAIAUgBmpBtAJqIg0gDS0AACAGIAtqLQAAczoAACAGQQFqIQYMAQsLIAUgBSkDsAI3A+AFIAUgBSgCuAI2AugFIAUgAykACDcD+AUgBSADKQAANwPwBSAFQaAGahD9ASAFQQE6AK8GIAUgBSgC6AU2AqgGIAUgBSkD4AU3A5AGIAUgBSkDqAY3A5gGQQAhBgNAIAZBEEcEQCAFQaAGaiAGakEANgIAIAZBBGohBgwBCwsgBSAFKQKoBjcDgA4gBSAFKQKgBjcD+A1BACEGA0AgBkEQRwRAIAVB+A1qIAZqIAVBkAZqIAZqKAAAIgNB/4H8B3FBCHggA0EYeEH/gfwHcXIgAyAGQQxGGzYCACAGQQRqIQYMAQsLIA4gBSkD+A03AgAgDiAFKQOADjcCCCAFIA82AoAFQQAhBiAFQQA2ApQFIAVB6A1qIg0Q/QEgBUGgBmoiAyAPEK8BIAVBiA5qIhYgDhCZASADEIICIAMgFhD0ASANIA8gAxAuIAwgBSkA6A03AAAgDCAFKQDwDTcACCAFIAUpApAFIhg3A8ACIAUgBSkCiAUiGTcDuAIgBSAFKQKABSIaNwOwAiAFIBg3A5AFIAUgGTcDiAUgBSAaNwOABSAFIAwpAAg3A4gGIAUgDCkAADcDgAYgBSAFKQMoNwPIAiAFIAUpAyA3A8ACIAUgBSkDGDcDuAIgBSAFKQMQNwOwAiAFQbACaiIDQQFBABC3ASADIAcgCBC3ASANEP0BIAUgCK0iGEIFiEKAgIA4gyAYQiuGQoCAgICAgMD/AIMgGEI7hoQgGEIbhkKAgICAgOA/gyAYQguGQoCAgIDwH4OEhIQiGDcD8A0gBUIANwPoDSAFIBg3A5AOIAVCADcDiA4DQCAGQRBHBEAgBUGwAmogBUGIDmogBmoQoQIgBkEQaiEGDAELCyAFIBApAAg3A4AOIAUgECkAADcD+A0gBUIANwOIDiAFQgA3A5AOIAUgBSkDiA43A6AGIAUgBSkDkA43A6gGIAVCADcDiA4gCyAFKQOIDjcAACAFQgA3A5AOIAsgBSkDkA43AAggBUH4DWogFBD7ASAFIAUpA4AONwOQDiAFIAUpA/gNNwOIDkEAIQYDQCAGQRBHBEAgBUGIDmogBmoiAyADLQAAIAVBgAZqIAZqLQAAczoAACAGQQFqIQYMAQsLIAUgBSkDkA43A5gGIAUgBSkDiA43A5AGQQEhA0EAIQYDQCAGQRBHBEAgAyAFQfAFaiAGaigAACAFQZAGaiAGaigAAHMQyQJBf3NxIQMgBkEEaiEGDAELCyAFIANBABDJAkF/c3FBAXNB/wFxEMkCQX9zQQFxOgCgBiAFLQCgBkUNAiAFIAUpA5AFNwOwBiAFIAUpA4gFNwOoBiAFIAUpA4AFNwOgBiAIQQR2IgMgBSgCtAZBf3NNBEAgCEERTwRAIAUgAzYCgA4gBSAHNgL8DSAFIAc2AvgNIAcgCEFwcWohByAFQaAGaiAFQfgNahAsIBNBD3EhCAsgCARAIAVBsAJqIgMQ/QEgBSADIAhB9N7AABCIAiAFKAIAIAUoAgQgByAIQYTfwAAQuQIgBUEBNgKQDiAFIAM2AowOIAUgAzYCiA4gBUGgBmogBUGIDmoQLCAHIAggAyAIQZTfwAAQuQILIAVBCzoA6AQgBUHoBGoQlgMgAkEQayIDIAlLDQcgASADSw0IIAogCSADIAFrIgZrSw0JIAYEQCAKIBJqIAEgEmogBvwKAAALIBdCAXwhFyAKIAFrIANqIQogAiEBDAELC0GE4MAAQScgBUGfDmpB9N/AAEGs4MAAEM8BAAsgAEELOgAAIAQgCjYCCCAFQRBqEKoBDA0LIAVBADoA6AQgBUHoBGoQlgMLIAAgBBCXAyAFQRBqEKoBDAsLIAogCSAJQfTPwAAQYwALQY3cwABBE0Hkz8AAEIsCAAtBACADIAlBkMnAABBjAAsgASADIAlBoMnAABBjAAtB+NvAAEErQZTQwAAQiwIACyACQUBrIQIgAUEBayEBIAdBIGohBwwACwAFIAVBoAZqIgMgARCsASAGEEEgBhCeAiADIAFBCGoiA0EDEH4gBkEgaiEGIAJBImohAgwBCwALAAsgBUEBNgKwAiAFQQA6ALQCCyAFQbACakEEchDTAiAAIAQQlwMLIAVBoA5qJAAL+hwCH38DfiMAQbAEayICJAAgAkGQAWogARClAQJAAkACQAJ/IAItAJABQQFGBEAgAigClAEMAQsgAi0AkQFBAUYEQCACLQCSAUHbAEcNAiABIAEtABhBAWsiAzoAGCADQf8BcQ0DIAJBGDYCsAIgASACQbACahDRASEBIABBgICAgHg2AgAgACABNgIEDAQLIAJBBTYCsAIgASACQbACahDRAQshASAAQYCAgIB4NgIAIAAgATYCBAwCCyABIAJBrwRqQbDhwAAQRyABENcCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgASABKAIUQQFqNgIUIAJBAToAICACIAE2AhwgAkEAQQhB6AAQ4gEgAkEANgIsIAIgAigCBCIaNgIoIAIgAigCADYCJCACQYwDaiEbIAJB8AJqIRwgAkHEAmohDiACQbgCaiEPIAJBsAJqQQRyIRAgAkHsAmohFyACQfgDaiEdIAJB9ANqIRgCfwJAA0AgAkGwAmogAkEcahBZIAItALACQQFGBEAgAigCtAIhBQwCCwJAAkACQAJAAkACQAJAAn8CfwJAAkAgAi0AsQJBAUYEQCACQZABaiACKAIcIgYQpQEgAi0AkAFBAUYEQCACKAKUASEFDA4LIAItAJEBQQFGBEACQAJAIAItAJIBIgNB2wBHBEAgA0H7AEYNASAGIAJBrwRqQdDhwAAQRyAGENcCIQUMEQsgBiAGLQAYQQFrIgM6ABggA0H/AXFFDQ4gBiAGKAIUQQFqNgIUIAJBAToA6AMgAiAGNgLkAyACQbACaiACQeQDahCiASACKAKwAiIHQYGAgIB4RgRAIAIoArQCIQVBAiEEDA0LIAdBgICAgHhGDQEgAigCuAIhFSACKAK0AiEJIAJBsAJqIAJB5ANqEKgBIAIoArACIREgAigCyAIiCkGBgICAeEYEQCARIQgMDAsgAiAQKAIQNgKwAyACIBApAgg3A6gDIAIgECkCADcDoAMCQAJAIApBgICAgHhHBEAgAigCzAIhEyACKQPQAiEhIAJBsAJqIAJB5ANqEKMBIAIoArQCIgUhCCACKAKwAiIEQQJrDgIBDQILQQFBuNjAABDcASEIDA0LQQAhBAsgAkGwAmogAkHkA2oQowEgAigCtAIhCAJAAkAgAigCsAIiFkECaw4CAAwBC0EAIRYLIAJBsAJqIgwgAkHkA2oQWQJAAkAgAi0AsAJBAUcEQEGAgICAeCEDIAItALECQQFHDQIgDCACKALkAxAzIAIoArACIgNBgICAgHhHDQELIAIoArQCIh4hCAwMCyACKAK4AiEgIAIoArQCIR4LIAJBACAgIANBgICAgHhGIg0bNgKQBCACQQggHiANGzYCjAQgAkEAIAMgDRs2AogEIAJBsAJqIAJB5ANqEFkCQAJAAn8gAi0AsAJBAUYEQCACKAK0AgwBCyACLQCxAkUEQEGAgICAeCELDAMLIAJBsAJqIAIoAuQDEDggAigCtAIhDSACKAKwAiILQYGAgIB4Rw0BIA0LIQggAkGIBGoQ6QEMDAsgAiAPKQIAIiI3A/ADIAIgDykCCCIjNwP4AyACICI3A7gDIAIgIzcDwAMLIAIgAigCsAM2ApACIAIgAikDqAM3A4gCIAIgAikDoAM3A4ACIAIgAikCiAQ3A/ABIAIgAigCkAQ2AvgBDAwLIAYgBi0AGEEBayIDOgAYIANB/wFxRQ0IIAYgBigCFEEBajYCFCACQQE6AMwDIAIgBjYCyANBgICAgHghCiACQYCAgIB4NgLkA0GBgICAeCELIAJBgYCAgHg2AvADQQIhEkGAgICAeCEIQYCAgIB4IQxBAiEHQQIhCQNAIAJBsAJqIAJByANqEFIgAi0AsAJBAUYEQCACKAK0AiEDDAYLAkACQAJAAkACQAJAAkACQAJAIAItALECQQFGBEAgAigCyAMiA0EANgIIIAMgAygCFEEBajYCFCACQbACaiADQQxqIAMQOSACKAK0AiEDIAIoArACQQJGDQ8CQAJAAkACQAJAIAMgAigCuAIiBEHC0cAAQQQQ2AJFBEAgAyAEQdzKwABBBhDYAg0BIAMgBEHG0cAAQQUQ2AINAiADIARBy9HAAEEGENgCDQMgAyAEQdHRwABBCBDYAg0EIAMgBEHZ0cAAQQsQ2AINBSADIARB5NHAAEEGENkBIQMMFQsgCkGAgICAeEcEQEHC0cAAQQQQhgIhAwwVCyACQbACaiACKALIAxDOAiACKAK0AiEDIAIoArACIgRBgICAgHhGDQYgAigCuAIhFiADIREgBCEKDA8LIAhBgICAgHhHBEBB3MrAAEEGEIYCIQMMFAsgAkGwAmogAigCyAMQzQIgAigCsAIhEyACKALIAiIDQYCAgIB4Rg0SIAIgECgCEDYC4AMgAiAQKQIINwPYAyACIBApAgA3A9ADIAIoAswCIRUgAikD0AIhISADIQgMDgsgB0ECRg0MQcbRwABBBRCGAiEDDBILIBJBAkYNCkHL0cAAQQYQhgIhAwwRCyAMQYCAgIB4Rg0GQdHRwABBCBCGAiEDDBALIAtBgYCAgHhGDQRB2dHAAEELEIYCIQMMDwsgCkGAgICAeEYNAiAIQYCAgIB4Rw0BQdzKwABBBhCHAiEDIAogERCqA0EAIQkgCiEHQYCAgIB4DBALQQEhCUGAgICAeAwOC0GAgICAeCEHIAtBgYCAgHhHBEAgAiAYKAIQNgKoBCACIBgpAgg3A6AEIAIgGCkCADcDmAQgCyEHC0EAIB8gDEGAgICAeEYiAxshC0EIIBQgAxshFEEAIAwgAxshDCASQQAgEkECRxshEiAJQQAgCUECRxshBCACIAIoAuADNgKoAiACIAIpAtgDNwOgAiACIAIpAtADNwOYAgwPC0EBIQlBwtHAAEEEEIcCIQNBgICAgHgMDAsgAigCyAMiBBCgASIDDQEgAkGwAmogBBA4IAIoArQCIQMgAigCsAIiC0GBgICAeEYNCiACIA8pAgg3A5AEIAIgDykCADcDiAQgAkHwA2oQkAMgHSACKQOIBDcCACAdIAIpA5AENwIIIAIgAzYC9AMgAiALNgLwAwwFCyACKALIAyIEEKABIgNFDQELIAIgAzYCtAIMCAsgAkGwAmogBBAzIAIoArQCIRQgAigCsAIiDEGAgICAeEYEQCAUIQMMCAsgAigCuAIhHyACQeQDahCRAyACIB82AuwDIAIgFDYC6AMgAiAMNgLkAwwCCyACQbACaiACKALIAxDPAiACKAK0AiENIAIoArACIhJBAkcNAUEBIQkgCiEHIA0hAyAIDAgLIAJBsAJqIAIoAsgDEM8CIAIoArQCIQUgAigCsAIiB0ECRgRAQQEhCSAKIQcgBSEDIAgMCAUgByEJDAELAAsAC0ECIQRBAEG42MAAENwBIQUMCgsgAkEFNgKwAiAGIAJBsAJqENEBIQUMDQsgAiACKQIkIiE3AwggAiACKAIsNgIQICGnDA0LQQEhCSAKIQcgEyEDQYCAgIB4DAILQQEhCSAKCyEHIAgLIQUgAkHwA2oQkAMgAkHkA2oQkQMgBUGAgICAeEcEQCAFIBUQqgMLQQIhBCAHQYCAgIB4RyAJcQRAIAcgERCqAwsgAyEFCyAGIAYtABhBAWo6ABggBhCOASEDIA4gAikDmAI3AgAgDiACKQOgAjcCCCAOIAIoAqgCNgIQIBcgAikDmAQ3AgAgFyACKQOgBDcCCCAXIAIoAqgENgIQIAIgEzYCwAIgAiANNgK8AiACIBI2ArgCIAIgBTYCtAIgAiAHNgLoAiACICE3A+ACIAIgFTYC3AIgAiAINgLYAiACIAQ2ArACIAIgAzYCmAMgAiALNgKUAyACIBQ2ApADIAIgDDYCjAMgAiAWNgKIAyACIBE2AoQDIAIgCjYCgAMCQCAEQQJHBEAgAw0BIAJBkAFqIA9B4AD8CgAADAYLQQIhBCADRQ0FIAMQtQEMBQsgAkGwAmoQwwJBAiEEIAMhBQwECyACQRg2ArACIAYgAkGwAmoQ0QEhBQwGCyAKIBMQqgMLIAcgCRCqA0ECIQQgCCEFCyAGIAYtABhBAWo6ABggBhBwIQMgDiACKQOAAjcCACAOIAIpA4gCNwIIIA4gAigCkAI2AhAgHCACKQO4AzcDACAcIAIpA8ADNwMIIAIgETYCwAIgAiAINgK8AiACIBY2ArgCIAIgBTYCtAIgAiANNgLsAiACIAs2AugCIAIgITcD4AIgAiATNgLcAiACIAo2AtgCIAIgBDYCsAIgGyACKQPwATcCACAbIAIoAvgBNgIIIAIgFTYCiAMgAiAJNgKEAyACIAc2AoADIAIgAzYCmAMCQCAEQQJHBEAgAw0BIAJBkAFqIA9B4AD8CgAADAILQQIhBCADRQ0BIAMQtQEMAQsgAkGwAmoQwwJBAiEEIAMhBQsgBEECRgRAIAUgBhDXAiEFDAMLIAJBMGogAkGQAWpB4AD8CgAAIARBA0YNAiACKAIkIBlGBEAjAEEQayIDJAAgA0EIaiACQSRqIgcgBygCAEEBQQhB6AAQWiADKAIIIgdBgYCAgHhHBEAgAygCDBogBxDxAgALIANBEGokACACKAIoIRoLIBogGUHoAGxqIgMgBTYCBCADIAQ2AgAgA0EIaiACQTBqQeAA/AoAACACIBlBAWoiGTYCLAwBCwsgAkEYNgKwAiAGIAJBsAJqENEBIQULIAJBgICAgHg2AgggAiAFNgIMIAJBJGoQ8gJBgICAgHgLIQMgASABLQAYQQFqOgAYIAIgARBwIgQ2AhQCQAJAIANBgICAgHhHBEAgBEUNAiACQQhqEPICDAELIAIoAgwgBARAIAQQtQELIQQLIAQgARDXAiEBIABBgICAgHg2AgAgACABNgIEDAELIAAgAikCDDcCBCAAIAM2AgALIAJBsARqJAALgxcBD34gACAAKQMAIgZCosSIkaLEiJEigyIDIAApAxAgAYUiAUKRosSIkaLEiBGDIg1+IAZCkaLEiJGixIgRgyIJIAFCosSIkaLEiJEigyIEfoUgBkLEiJGixIiRosQAgyIHIAFCiJGixIiRosSIf4MiCH6FIAZCiJGixIiRosSIf4MiBSABQsSIkaLEiJGixACDIgp+hUKixIiRosSIkSKDIAkgDX4iCyADIAh+IAcgCn4gBCAFfoWFhUKRosSIkaLEiBGDhCIMQj6GIAtCP4aFIAUgCH4gByANfiADIAR+IAkgCn6FhYVCxIiRosSIkaLEAIMgBSANfiAEIAd+IAMgCn4gCCAJfoWFhUKIkaLEiJGixIh/g4QgDIQiDUI5hoUgACkDCCIDIAaFIglCosSIkaLEiJEigyIEIAApAxggAoUiAiABhSIHQpGixIiRosSIEYMiCH4gCUKRosSIkaLEiBGDIgUgB0KixIiRosSIkSKDIgp+hSAJQsSIkaLEiJGixACDIgsgB0KIkaLEiJGixIh/gyIMfoUgCUKIkaLEiJGixIh/gyIJIAdCxIiRosSIkaLEAIMiB36FQqLEiJGixIiRIoMgCSAKfiAHIAt+IAQgDH4gBSAIfoWFhUKRosSIkaLEiBGDhCAJIAx+IAggC34gBCAKfiAFIAd+hYWFQsSIkaLEiJGixACDhCAIIAl+IAogC34gBCAHfiAFIAx+hYWFQoiRosSIkaLEiH+DhCAGQjiGIAZCgP4Dg0IohoQgBkKAgPwHg0IYhiAGQoCAgPgPg0IIhoSEIAZCCIhCgICA+A+DIAZCGIhCgID8B4OEIAZCKIhCgP4DgyAGQjiIhISEIgZCBIhCj568+PDhw4cPgyAGQo+evPjw4cOHD4NCBIaEIgZCAohCs+bMmbPmzJkzgyAGQrPmzJmz5syZM4NCAoaEIgZCAYhC1arVqtWq1arVAIMgBkLVqtWq1arVqtUAg0IBhoQiBkKixIiRosSIkSKDIgQgAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIBQgSIQo+evPjw4cOHD4MgAUKPnrz48OHDhw+DQgSGhCIBQgKIQrPmzJmz5syZM4MgAUKz5syZs+bMmTODQgKGhCIBQgGIQtWq1arVqtWq1QCDIAFC1arVqtWq1arVAINCAYaEIglCkaLEiJGixIgRgyIBfiAGQpGixIiRosSIEYMiByAJQqLEiJGixIiRIoMiCH6FIAZCxIiRosSIkaLEAIMiBSAJQoiRosSIkaLEiH+DIgp+hSAGQoiRosSIkaLEiH+DIgsgCULEiJGixIiRosQAgyIMfoVCosSIkaLEiJEigyAIIAt+IAUgDH4gBCAKfiABIAd+hYWFQpGixIiRosSIEYOEIAogC34gASAFfiAEIAh+IAcgDH6FhYVCxIiRosSIkaLEAIOEIAEgC34gBSAIfiAEIAx+IAcgCn6FhYVCiJGixIiRosSIf4OEIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiBEIEiEKPnrz48OHDhw+DIARCj568+PDhw4cPg0IEhoQiBEICiEKz5syZs+bMmTODIARCs+bMmbPmzJkzg0IChoQiBEIBiELUqtWq1arVqtUAgyAEQtWq1arVqtWq1QCDQgGGhEIBiIUgDYUgA0KIkaLEiJGixIh/gyIEIAJCxIiRosSIkaLEAIMiB34gA0LEiJGixIiRosQAgyIIIAJCiJGixIiRosSIf4MiBX4gA0KixIiRosSIkSKDIgogAkKRosSIkaLEiBGDIgt+IANCkaLEiJGixIgRgyIMIAJCosSIkaLEiJEigyIOfoWFhUKixIiRosSIkSKDIAQgDn4gByAIfiAFIAp+IAsgDH6FhYVCkaLEiJGixIgRg4QgBCAFfiAIIAt+IAogDn4gByAMfoWFhULEiJGixIiRosQAg4QgBCALfiAIIA5+IAcgCn4gBSAMfoWFhUKIkaLEiJGixIh/g4QiEYUiB4UiCEICiCAIQgeIhSAIIANCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQiA0IEiEKPnrz48OHDhw+DIANCj568+PDhw4cPg0IEhoQiA0ICiEKz5syZs+bMmTODIANCs+bMmbPmzJkzg0IChoQiA0IBiELVqtWq1arVqtUAgyADQtWq1arVqtWq1QCDQgGGhCIDQqLEiJGixIiRIoMiBSACQjiGIAJCgP4Dg0IohoQgAkKAgPwHg0IYhiACQoCAgPgPg0IIhoSEIAJCCIhCgICA+A+DIAJCGIhCgID8B4OEIAJCKIhCgP4DgyACQjiIhISEIgJCBIhCj568+PDhw4cPgyACQo+evPjw4cOHD4NCBIaEIgJCAohCs+bMmbPmzJkzgyACQrPmzJmz5syZM4NCAoaEIgJCAYhC1arVqtWq1arVAIMgAkLVqtWq1arVqtUAg0IBhoQiBEKRosSIkaLEiBGDIgJ+IANCkaLEiJGixIgRgyIKIARCosSIkaLEiJEigyILfoUgA0LEiJGixIiRosQAgyIMIARCiJGixIiRosSIf4MiDn6FIANCiJGixIiRosSIf4MiDyAEQsSIkaLEiJGixACDIhB+hUKixIiRosSIkSKDIAsgD34gDCAQfiAFIA5+IAIgCn6FhYVCkaLEiJGixIgRg4QgDiAPfiACIAx+IAUgC34gCiAQfoWFhULEiJGixIiRosQAg4QgAiAPfiALIAx+IAUgEH4gCiAOfoWFhUKIkaLEiJGixIh/g4QiAkI4hiACQoD+A4NCKIaEIAJCgID8B4NCGIYgAkKAgID4D4NCCIaEhCACQgiIQoCAgPgPgyACQhiIQoCA/AeDhCACQiiIQoD+A4MgAkI4iISEhCIFQgSIQo+evPjw4cOHD4MgBUKPnrz48OHDhw+DQgSGhCIFQgKIQrPmzJmz5syZM4MgBUKz5syZs+bMmTODQgKGhCIFQgGIQtSq1arVqtWq1QCDIAVC1arVqtWq1arVAINCAYaEhUIBiIUgCIU3AxggACANIA1CAYggDUICiIUgDUIHiIUgAiABIAMgBoUiAkKixIiRosSIkSKDIgYgBCAJhSIDQpGixIiRosSIEYMiDX4gAkKRosSIkaLEiBGDIgkgA0KixIiRosSIkSKDIgR+hSACQsSIkaLEiJGixACDIgggA0KIkaLEiJGixIh/gyIFfoUgAkKIkaLEiJGixIh/gyICIANCxIiRosSIkaLEAIMiA36FQqLEiJGixIiRIoMgAiAEfiADIAh+IAUgBn4gCSANfoWFhUKRosSIkaLEiBGDhCACIAV+IAggDX4gBCAGfiADIAl+hYWFQsSIkaLEiJGixACDhCACIA1+IAQgCH4gAyAGfiAFIAl+hYWFQoiRosSIkaLECIOEhYUiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIBQgSIQo+evPjw4cOHD4MgAUKPnrz48OHDhw+DQgSGhCIBQgKIQrPmzJmz5syZM4MgAUKz5syZs+bMmTODQgKGhCIBQgGIQtSq1arVqtWq1QCDIAFC1arVqtWq1arVAINCAYaEQgGIhSAHQj6GhSAHQj+GhSAHQjmGhYUgEYU3AxALhRACDH8BfiMAQZACayICJAAgAkHIAWogARClAQJAAkACQAJ/IAItAMgBQQFGBEAgAigCzAEMAQsgAi0AyQFBAUYEQCACLQDKAUHbAEcNAiABIAEtABhBAWsiAzoAGCADQf8BcQ0DIAJBGDYC4AEgASACQeABahDRASEBIABBgICAgHg2AgAgACABNgIEDAQLIAJBBTYC4AEgASACQeABahDRAQshASAAQYCAgIB4NgIAIAAgATYCBAwCCyABIAJBjwJqQaDhwAAQRyABENcCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgASABKAIUQQFqNgIUIAJBAToAOCACIAE2AjQgAkEYakEAQQhBMBDiASACQQA2AkQgAiACKQMYNwI8IAJB4AFqQQRyIQkCfwJ/AkACQAJAA0AgAkHgAWogAkE0ahBZIAItAOABQQFGBEAgAigC5AEMBQsCQCACAn8CQAJAAkACQAJAAkACQCACLQDhAUEBRgRAIAJByAFqIAIoAjQiBBClASACLQDIAUEBRgRAIAIoAswBDA8LIAItAMkBQQFHDQECQCACLQDKASIDQdsARwRAIANB+wBGDQEgBCACQY8CakGA4sAAEEcgBBDXAgwQCyAEIAQtABhBAWsiBToAGCAFQf8BcUUNDiAEIAQoAhRBAWo2AhQgAkEBOgDEASACIAQ2AsABIAJB4AFqIAJBwAFqEKcBQYCAgIB4IQcgAigC5AEiCyEFAn8CQAJAAkACQCACKALgAQ4DAQANAAsgAkHgAWogAkHAAWoQpwEgAigC5AEhBSACKALgAQ4DAQIMAgtBAEH82MAAENwBDAILQQFB/NjAABDcAQwBCyACQeABaiACQcABahCoASACKALgASEDIAIoAvgBIgZBgYCAgHhGDQggAiAJKAIQNgLYASACIAkpAgg3A9ABIAIgCSkCADcDyAEgBkGAgICAeEcEQCACKAL8ASEKIAIpA4ACIQ4gAiACKALYATYCoAEgAiACKQPQATcDmAEgAiACKQPIATcDkAEgBSEMIAYhByADIQUMCgtBAkH82MAAENwBCyEFDAgLIAQgBC0AGEEBayIDOgAYIANB/wFxRQ0FIAQgBCgCFEEBajYCFCACQQE6AMQBIAIgBDYCwAFBgICAgHghA0EAIQ1BACEHA38CfyACQeABaiACQcABahBSIAItAOABQQFGBEAgAigC5AEMAQsCQAJAIAItAOEBQQFGBEAgAigCwAEiBkEANgIIIAYgBigCFEEBajYCFCACQeABaiAGQQxqIAYQOSACKALkASEGIAYgAigC4AFBAkYNAxoCQAJAIAYgAigC6AEiCEHG0cAAQQUQ2AJFBEAgBiAIQcvRwABBBhDYAg0BIAYgCEHcysAAQQYQ2AINAiAGIAhBlNLAAEEDENkBDAYLIAdFDQRBxtHAAEEFEIYCDAULIA1FDQJBy9HAAEEGEIYCDAQLIANBgICAgHhHBEBB3MrAAEEGEIYCIQUMCAsgAkHgAWogAigCwAEQzQIgAigC4AEhBSACKAL4ASIDQYCAgIB4Rg0IIAIgCSgCEDYC2AEgAiAJKQIINwPQASACIAkpAgA3A8gBIAIoAvwBIQogAikDgAIhDgwECyAHRQRAQcbRwABBBRCHAgwDCyANRQRAQcvRwABBBhCHAgwDCyADQYCAgIB4RgRAQYCAgIB4IQdB3MrAAEEGEIcCIQUMCQsgAiACKALYATYCuAEgAiACKQLQATcDsAEgAiACKQLIATcDqAEgAyEHDAgLIAJBEGogAigCwAEQ6AEgAigCFCEMIAwgAigCEEEBcQ0BGkEBIQ0MAgsgAkEIaiACKALAARDoASACKAIMIQsgAigCCEEBcQR/IAsFQQEhBwwCCwsLIQVBgICAgHghByADQYCAgIB4Rw0CDAQLIAIgAikCPCIONwMgIAIgAigCRDYCKCAOpwwOCyACQQU2AuABIAQgAkHgAWoQ0QEMDAsgAyAKEKoDC0GAgICAeCEHCyAEIAQtABhBAWo6ABggBBCOASEDIAdBgICAgHhGDQQgAw0GIAJBqAFqDAMLIAJBGDYC4AEgBCACQeABahDRAQwICyADIQULIAQgBC0AGEEBajoAGCAEEHAhAyAHQYCAgIB4Rg0BIAMNAyACQZABagsiAykCADcDSCACIAMpAgg3A1AgAiADKAIQNgJYIAIoAkQiBiACKAI8RgRAIwBBEGsiCCQAIAhBCGogAkE8aiIDIAMoAgBBAUEIQTAQWiAIKAIIIgNBgYCAgHhHBEAgCCgCDBogAxDxAgALIAhBEGokAAsgAigCQCAGQTBsaiIDIAU2AgAgAyACKQNINwIEIAMgAikDUDcCDCADIAIoAlg2AhQgAyAMNgIsIAMgCzYCKCADIA43AyAgAyAKNgIcIAMgBzYCGCACIAZBAWo2AkQMAQsLIAMEQCADELUBCyAFIQMMAQsgByAKEKoDCyADIAQQ1wIMAQsgAkEYNgLgASAEIAJB4AFqENEBCyEFIAJBgICAgHg2AiAgAiAFNgIkIAJBPGoQ6QFBgICAgHgLIQMgASABLQAYQQFqOgAYIAIgARBwIgU2AiwCQAJAIANBgICAgHhHBEAgBUUNAiACQSBqEOkBDAELIAIoAiQgBQRAIAUQtQELIQULIAUgARDXAiEBIABBgICAgHg2AgAgACABNgIEDAELIAAgAikCJDcCBCAAIAM2AgALIAJBkAJqJAAL6xACGX8BfiMAQYABayICJAAgACgCCCEKIAAoAgQhDkEBIQVBASEDQQEhCANAAkAgBCAGaiIBQQhNBEAgBS0ArIJBIgUgAS0ArIJBIgFPBEAgASAFRwRAQQEhCEEAIQQgAyIGQQFqIQMMAwtBACAEQQFqIgEgASAIRiIFGyEEIAFBACAFGyADaiEDDAILIAMgBGpBAWoiAyAGayEIQQAhBAwBCyABQQlBjLXAABDlAQALIAMgBGoiBUEJSQ0AC0EBIQVBASEDQQAhBEEBIQdBACEBA0ACQAJAIAEgBGoiCUEITQRAIAUtAKyCQSIFIAktAKyCQSIJSw0BIAUgCUcEQEEBIQdBACEEIAMiAUEBaiEDDAMLQQAgBEEBaiIFIAUgB0YiCRshBCAFQQAgCRsgA2ohAwwCCyAJQQlBjLXAABDlAQALIAMgBGpBAWoiAyABayEHQQAhBAsgAyAEaiIFQQlJDQALAkACQAJAAkAgBiABIAEgBkkiARsiCUEKSQRAIAggByABGyIDIAlqIgEgA0kgAUEKT3JFBEACQAJAAkBBrILBACADQayCwQBqIAkQ6gEiEQRAQQkgCWsiASAJIAEgCUsbQQFqIQNBfyEFQoCAgICwxJQIIRogCSEBQX8hBgwBC0EBIQZBACEEQQEhAUEAIQgDQCABIgUgBGoiC0EITQRAIAFBf3MgBGsiB0EJaiEBIAdBd0kNCkEIIAQgCGprIgdBCEsNCQJAAkAgAS0ArIJBIgEgBy0ArIJBIgdPBEAgASAHRg0BIAVBAWohAUEAIQRBASEGIAUhCAwCCyALQQFqIgEgCGshBkEAIQQMAQtBACAEQQFqIgEgASAGRiIHGyEEIAFBACAHGyAFaiEBCyADIAZHDQELC0EBIQZBACEEQQEhAUEAIQcDQCABIgUgBGoiEkEITQRAIAFBf3MgBGsiC0EJaiEBIAtBd0kNBEEIIAQgB2prIgtBCU8NAwJAAkAgAS0ArIJBIgEgCy0ArIJBIgtNBEAgASALRg0BIAVBAWohAUEAIQRBASEGIAUhBwwCCyASQQFqIgEgB2shBkEAIQQMAQtBACAEQQFqIgEgASAGRiILGyEEIAFBACALGyAFaiEBCyADIAZHDQELC0EJIQZBCSAHIAggByAISxtrIQEgA0UEQEEAIQNBACEFDAELQQAhBUEAIQQDQEIBIARBrILBAGoxAACGIBqEIRogAyAEQQFqIgRHDQALCyACQQk2AnwgAkGsgsEANgJ4IAIgCjYCdCACIA42AnAgAiAGNgJoIAIgBTYCZCACIAo2AmAgAkEANgJcIAIgAzYCWCACIAE2AlQgAiAJNgJQIAIgGjcDSCACQQE2AkAgAkE0aiETIBFBAEchDyAOQQlrIRVBACACQcgAaiIMKAIMIg1rIRYgDUGsgsEAaiEEIA1BCWshF0EJIA0gDUEJTRsiGCANayELIAwoAiAhASAMKAIQIQkgDCkDACEaIAwoAhghAwNAIBZBCSABIA8bIgUgDSAFIA1LG2ohESANIAEgDSABIA1JGyAPGyISQQFrQQlJIRkCQAJAAkACQAJAA0AgCiADQQlrIgVNBEBBACEBIAxBADYCGAwGCwJAIBogBSAOajEAAIhCAYNQRQRAIAMgFWohCCADQQprIQcgEiEBDAELIAwgBTYCGCAFIQMgDw0BQQkhAQwFCwJAA0AgAUUEQCADIBdqIQEgESEGIAshCCAEIQcDQCAGRQRAIAwgBTYCGCAPRQRAIAxBCTYCIAsgEyADNgIIIBMgBTYCBEEBIQEMCgsgCEUNBSABIApPDQYgBkEBayEGIAhBAWshCCABIA5qIRAgBy0AACAHQQFqIQcgAUEBaiEBIBAtAABGDQALIAwgAyAJayIDNgIYIA8NAyAJIQEMBwsgAUEBayEGIBlFDQUgCiABIAdqIhBLBEAgAUGrgsEAaiABIAhqIRQgBiEBLQAAIBRBAWstAABHDQIMAQsLIBAgCkHog8EAEOUBAAsgDCABIANqIA1rIgM2AhggDw0AC0EJIQEMAwsgGEEJQbiDwQAQ5QEACyABIApByIPBABDlAQALIAZBCUHYg8EAEOUBAAsgDCABNgIgDAELCyATIAE2AgBBACEBQQAhBSACKAI0QQFHDQUgAigCOCIGQQlqIgghBANAIAJBKGogDiAKIARBuILBABDhAQJAIAIoAiwEQCACKAIoLQAAQTBrQf8BcUEKSQ0BCyACQSBqIA4gCiAEQciCwQAQ4QEgAigCICACKAIkQdiCwQBBCBDZAkUNByAEQQhqIgchAwNAAkAgAkEYaiAOIAogA0HggsEAEOEBAkAgAigCHARAIAIoAhgtAABBMGtB/wFxQQpJDQELIAMgCkkNCiACQRBqIA4gCiAIIARB8ILBABCkASACQUBrIgEgAigCECACKAIUEGcgAi0AQEEBRg0JIAIoAkQhBSACQQhqIA4gCiAHIANBgIPBABCkASABIAIoAgggAigCDBBnIAItAEBBAUYNCSACKAJEIQEgBiAKSw0KIAZFIAYgCk9yRQRAIAYgDmosAABBv39MDQILIAAgBjYCCAwKCyADQQFqIQMMAQsLQd/lwABBMEGQg8EAEPkCAAsgBEEBaiEEDAALAAsgC0EJQay1wAAQ5QEACyABQQlBnLXAABDlAQALIAMgAUEJQby1wAAQYwALQQAgCUEJQcy1wAAQYwALQQAhAUEAIQULIAIgACgCCDYCSCACIAApAgA3A0AgAiACQUBrEM4BIAIpAwAhGhCaAiIAIAE2AhAgACAFNgIMIAAgGjcCBCAAQQA2AgAgAkGAAWokACAADwsgB0EJQay1wAAQ5QEACyABQQlBnLXAABDlAQAL9QwCDH8CfiMAQfAAayICJAAgAkHIAGogARClAQJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJ/IAItAEhBAUYEQCACKAJMDAELIAItAElBAUYEQCACLQBKIgNB2wBGDQIgA0H7AEYNAyABIAJB7wBqQZDiwAAQRyABENcCIQEgAEGAgICAeDYCGCAAIAE2AgAMEwsgAkEFNgJYIAEgAkHYAGoQ0QELIQMgAEGAgICAeDYCGCAAIAM2AgAMEQsgASABLQAYQQFrIgM6ABggA0H/AXEEQCABIAEoAhRBAWo2AhQgAkEBOgAkIAIgATYCICACQdgAaiIGIAJBIGoiBBBZIAItAFhBAUYNCAJAIAItAFlBAUYEQCAGIAIoAiAQUyACLQBYQQFGDQogAiACKQBfNwM4IAIgAi8AZzsBQCACKABbIQUgAi8AWSEDIAYgBBBZIAItAFhBAUYNCiACLQBZQQFHDQQgBiACKAIgEFQgAigCWEEBRg0KIAIoAmQhByACKAJgIQggBiAEEKIBIAIoAlgiBEGBgICAeEYNCiAEQYCAgIB4Rg0BIAIoAmAhCyACKAJcIQkgAiADOwFYIAIgAi8BQDsBGCACIAIpAzg3AxAgAiAFNgFaIAVBEHYhCiACKAJYIQMMDAsgAiACLwEwOwFQIAIgAikCKDcDSEEAQezZwAAQ3AEMCgtBAkHs2cAAENwBIQNBgICAgHghBAwKCwwGCyABIAEtABhBAWsiAzoAGCADQf8BcUUNBSABIAEoAhRBAWo2AhQgAkEBOgAsIAIgATYCKCACQeAAaiEMIAJB2ABqQQFyIQ1BgICAgHghBwNAIAJB2ABqIgYgAkEoahBSIAItAFhBAUYNAgJAAkACQCACLQBZQQFGBEAgAigCKCIDQQA2AgggAyADKAIUQQFqNgIUIAYgA0EMaiADEDkgAigCXCIDIAIoAlhBAkYNBxoCQAJAIAMgAigCYCIGQczSwABBAhDYAkUEQCADIAZBztLAAEEDENgCDQEgAyAGQdHSwABBBBDYAg0CIAMgBkHY0sAAQQMQ2QEMCgsgBA0DIAIoAigiBBCgASIDBEAgAiADNgJcDAkLIAJB2ABqIAQQUyACLQBYDQggAiANLQACOgBGIAIgDS8AADsBRCACIAwpAgA3AzggAiAMLQAIOgBAIAIoAlwhCkEBIQRBASEIDAYLIA5QDQRBztLAAEEDEIYCDAgLIAdBgICAgHhHBEBB0dLAAEEEEIYCIQMMCQsgAkHYAGogAigCKBDOAiACKAJcIQkgAigCWCIHQYCAgIB4Rg0CIAIoAmAhCwwECyAIQQFxRQRAQczSwABBAhCHAgwHCyAFQQFxRQRAQc7SwABBAxCHAgwHC0GAgICAeCEEIAdBgICAgHhGBEBB0dLAAEEEEIcCIQMMCQsgAiACLQBGOgAiIAIgAi8ARDsBICACIAIpADg3A0ggAiACLQBAOgBQIAIgCjYAIyAKQQh2IQogAigCICEDIAchBAwIC0HM0sAAQQIQhgIMBQtBgICAgHghBCAJIQMMBgsgAigCKCIFEKABIgMEQCACIAM2AlwMAwsgAkHYAGogBRBUIAIoAlgNAiACKQNgIQ9BASEFQgEhDgwACwALQYCAgIB4IQRBAUHs2cAAENwBIQMMBwsgAigCXAshA0GAgICAeCEEIAdBgICAgHhGDQELIAcgCRCqA0GAgICAeCEECyABIAEtABhBAWo6ABggARCOASEFIAIgAi0AJjoAWCACIAIpA0g3AFkgAiACLQBQOgBhIARBgICAgHhHBEAgBQ0HIAIgAi8BYDsBCCACIAIpAVg3AwAgD0IgiKchByAPpyEIDAULIAVFDQcMBQsgAkEYNgJYIAEgAkHYAGoQ0QEhAyAAQYCAgIB4NgIYIAAgAzYCAAwJCyACKAJcCyEDQYCAgIB4IQQLIAEgAS0AGEEBajoAGCABEHAhBSAEQYCAgIB4RgRAIAUNAgwECyAFDQIgAiACLwEYOwEIIAIgAikDEDcDAAsgACAKOwEEIAAgAikDADcBBiAAIAIvAQg7AQ4gACALNgIgIAAgCTYCHCAAIAc2AhQgACAINgIQDAQLIAUQtQEMAQsgBCAJEKoDDAELIAMhBQtBgICAgHghBCAFIAEQ1wIhAwsgACAENgIYIAAgAzYCAAsgAkHwAGokAAuhDAIJfwN+IwBBQGoiAiQAAn8gAgJ/An8CQAJAAkACQCAALQAAIgRBA2sOBQEAAAACAAsgASgCBCEDIAEoAgAhAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBEEBaw4RAgMABAUGAAcICQoLDA0ODxABCwALIAIgAC0AAToAMCACQcIANgIcIAIgAkEwajYCGCABIANBs5nAACACQRhqEEUMFAsgAiAAKQMINwMwIAJBwwA2AhwgAiACQTBqNgIYIAEgA0GlmcAAIAJBGGoQRQwTCyACIAApAwg3AzAgAkHEADYCHCACIAJBMGo2AhggASADQaWZwAAgAkEYahBFDBILIAIgACgCBDYCMCACQcUANgIcIAIgAkEwajYCGCABIANBlZnAACACQRhqEEUMEQsgAiAAKQIENwIwIAJBDTYCHCACIAJBMGo2AhggASADQcSEwAAgAkEYahBFDBALIAFBzeLAAEEKIAMoAgwRAAAMDwsgAUHX4sAAQQwgAygCDBEAAAwOCyABQePiwABBDiADKAIMEQAADA0LIAFB8eLAAEEIIAMoAgwRAAAMDAsgAUH54sAAQQMgAygCDBEAAAwLCyABQfziwABBBCADKAIMEQAADAoLIAFBgOPAAEEMIAMoAgwRAAAMCQsgAUGM48AAQQ8gAygCDBEAAAwICyABQZvjwABBDSADKAIMEQAADAcLIAFBqOPAAEEOIAMoAgwRAAAMBgsgASAAKAIEIAAoAgggAygCDBEAAAwFCyAAKQMIIgtC////////////AINC//////////f/AFgEQCACQS06ABggC0L/////////B4MhDCALQj+IpyACQRhqaiEDAn8gC0I0iEL/D4MiC1AEQCAMUA0EIAJBMGogDEIBQQEQSCACKQMwQgp+IAIxADxCACACMQA9fYN8IQsgAigCOCEAA0AgC0KAgJqm6q/jAVkEQCACIAtCmrPmzJmz5swZEK0BIAsgAikDCCILQnZ+fCIMQgBSIQUgDKcMAwUgAEEBayEAIAtCCn4hCwwBCwALAAsgAkEwaiAMQoCAgICAgIAIhCALIAxCAFIQSCACLQA9IQUgAigCOCEAIAIpAzAhCyACLQA8CyEHIAJBMGogC0KAwtcvgCIMQv////8PgxCKASAAIAtC//+Zpuqv4wFVIgRqQQ9qIQAgAikDMCENAn4gCyAMQoDC1y9+fSILUARAIAIoAjghBkKw4MCBg4aMmDAMAQsgAkEwaiALEIoBIAIoAjhBCGohBiACKQMwQrDgwIGDhoyYMHwLIQsgAyAEaiANQrDgwIGDhoyYMHw3AAAgA0EJQQggBBtqIAs3AAAgA0ERQRAgBBtqIAdBMGo6AABBESAGIAVBAXEbIARqIgVBAWshBCAAQQVqQRVPBEAgAy0AASEGIANBLjoAASADIAY6AAAgAyAFaiIHIARBAUsiCGogACAAQR91IgVzIAVrIgVBCUpqIgYgBUH7KGxBE3YiCUEwajoAACAGIAVB4wBKIgpqIAlBuH5sIAVBAXRqQciSwQBqLwEAOwAAIAcgAyAEaiAIG0Hl1gBB5doAIABBAE4bOwAAIAZBA0ECIAobagwECyADQQFqIQYCQCAAIAVBAmtIBEAgAEEATg0BIANBASAAayIAaiEFIAQEQCAFIAYgBPwKAAALIAAEQCADQTAgAPwLAAsgA0EuOgABIAQgBWoMBQsgBARAIAMgBiAE/AoAAAsgAEEDaiIFIARrIgYEQCADIARqQTAgBvwLAAsgACADakEBakEuOgAAIAMgBWoMBAsgAEEBaiIABEAgAyAGIAD8CgAACyAAIANqQS46AAAgAyAFagwDC0GYjcEAQZuNwQAgC0IAWSIAG0GfjcEAIAtC/////////weDUCIEGyEDQQNBBCAAG0EDIAQbDAMLIAEoAgBBuPnAAEEEIAEoAgQoAgwRAAAMAwsgA0EwOgACIANBsNwAOwAAIANBA2oLIAJBGGoiA2sLNgIUIAIgAzYCECACQRI2AjQgAiACQRBqNgIwIAEoAgAgASgCBEHymMAAIAJBMGoQRQsgAkFAayQAC5wOAQZ/IwBBIGsiBCQAIAACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABDigCAQEBAQEBAQEDBQEBBAEBAQEBAQEBAQEBAQEBAQEBAQEBCQEBAQEHAAsgAUHcAEYNBQsgAkEBcSABQf8FS3ENBiABQSBJDQsgAUH/AEkNCgwJCyAAQgA3AQIgAEHc4AA7AQAMBwsgAEIANwECIABB3OgBOwEADAYLIABCADcBAiAAQdzkATsBAAwFCyAAQgA3AQIgAEHc3AE7AQAMBAsgAEIANwECIABB3LgBOwEADAMLIAJBgAJxRQ0EIABCADcBAiAAQdzOADsBAAwCC0EQQQAgAUGrnQRPGyICIAJBCHIiAyABQQt0IgIgA0ECdCgCyMRAQQt0SRsiAyADQQRyIgMgA0ECdCgCyMRAQQt0IAJLGyIDIANBAnIiAyADQQJ0KALIxEBBC3QgAksbIgMgA0EBaiIDIANBAnQoAsjEQEELdCACSxsiAyADQQFqIgMgA0ECdCgCyMRAQQt0IAJLGyIDQQJ0KALIxEBBC3QiBSACRiACIAVLaiADaiIFQQJ0IgJByMTAAGohCCACKALIxEBBFXYhAkH/BSEDAkAgBUEfTQRAIAgoAgRBFXYhAyAFRQ0BCyAIQQRrKAIAQf///wBxIQcLAkAgAyACQX9zakUNACABIAdrIQcgA0EBayEFQQAhAwNAIAMgAkHQrsAAai0AAGoiAyAHSw0BIAUgAkEBaiICRw0ACwsgAkEBcUUNAiAEQQA6AA4gBEEAOwEMIAQgAUEUdi0Az+VAOgAPIAQgAUEEdkEPcS0Az+VAOgATIAQgAUEIdkEPcS0Az+VAOgASIAQgAUEMdkEPcS0Az+VAOgARIAQgAUEQdkEPcS0Az+VAOgAQIAFBAXJnQQJ2IgIgBEEMaiIGaiIDQfsAOgAAIANBAWtB9QA6AAAgBiACQQJrIgJqQdwAOgAAIAAgBCkBDDcAACAEQf0AOgAVIAQgAUEPcS0Az+VAOgAUIAAgBC8BFDsACAwFCyACQf///wdxQYCABEkNAiAAQgA3AQIgAEHcxAA7AQALQQAhAkECDAQLAkACQAJAIAFBgIAETwRAIAFBgIAISQ0BIAFB/v//AHEiAkGunQtGIAFB4P//AHFB4M0KRnIgAkGe8ApGIAFB8NcLa0FwS3JyIAFBgPALa0HdbEsgAUGAgAxrQZ10S3IgAUHQpgxrQXpLIAFBgII4a0H55lRLcnJyDQUgAUHwgzhJDQQMBQsgAUEIdkH/AXEhCEEAIQIDQCACQQJqIQcgBiACLQD5vkAiBWohAyAIIAItAPi+QCICRwRAIAIgCEsNAyADIQYgByICQcwARw0BDAMLAkACQCADIAZJIANBnAJLckUEQCAFRQ0CIAZBxL/AAGohAgwBCyAGIANBnAJBhMTAABBjAAsDQCACLQAAIAFB/wFxRg0HIAJBAWohAiAFQQFrIgUNAAsLIAMhBiAHIgJBzABHDQALDAELIAFBCHZB/wFxIQhBACECA0ACQCACQQJqIQcgBiACLQDRuEAiBWohAyAIIAItANC4QCICRwRAIAIgCEsNASADIQYgByICQdwARw0CDAELAkACQCADIAZJIANB1AFLckUEQCAFRQ0CIAZBrLnAAGohAgwBCyAGIANB1AFBhMTAABBjAAsDQCACLQAAIAFB/wFxRg0HIAJBAWohAiAFQQFrIgUNAAsLIAMhBiAHIgJB3ABHDQELCyABQf//A3EhBkEBIQVBACECA0AgAkEBaiEDAkAgAiwAgLtAIgdBAE4EQCADIQIMAQsgA0H4A0cEQCACQYG7wABqLQAAIAdB/wBxQQh0ciEHIAJBAmohAgwBC0GUxMAAELEDAAsgBiAHayIGQQBIDQIgBUEBcyEFIAJB+ANHDQALDAELQQEhBSABIQZBACECA0AgAkEBaiEDAkAgAiwA4MFAIgdBAE4EQCADIQIMAQsgA0GkAkcEQCACQeHBwABqLQAAIAdB/wBxQQh0ciEHIAJBAmohAgwBC0GUxMAAELEDAAsgBiAHayIGQQBIDQEgBUEBcyEFIAJBpAJHDQALCyAFQQFxRQ0BCyAAIAE2AgBBgAEhAkGBAQwCCyAEQQA6ABggBEEAOwEWIAQgAUEUdi0Az+VAOgAZIAQgAUEEdkEPcS0Az+VAOgAdIAQgAUEIdkEPcS0Az+VAOgAcIAQgAUEMdkEPcS0Az+VAOgAbIAQgAUEQdkEPcS0Az+VAOgAaIAFBAXJnQQJ2IgIgBEEWaiIGaiIDQfsAOgAAIANBAWtB9QA6AAAgBiACQQJrIgJqQdwAOgAAIAAgBCkBFjcAACAEQf0AOgAfIAQgAUEPcS0Az+VAOgAeIAAgBC8BHjsACAtBCgs6AA0gACACOgAMIARBIGokAAuvCwEJfyMAQUBqIgIkACACIAEQpQECQAJAIAItAABBAUYEQCACKAIEIQEMAQsCfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQCACLQABQQFGBEAgAi0AAkHuAEYNAQsgAkEIaiABEKUBIAItAAhBAUYEQCACKAIMDBALIAItAAlBAUcNAQJAIAItAAoiA0HbAEcEQCADQfsARg0BIAEgAkE/akHg4cAAEEcgARDXAgwRCyABIAEtABhBAWsiAzoAGCADQf8BcUUNDyABIAEoAhRBAWo2AhQgAkEBOgA4IAIgATYCNCACQRhqIAJBNGoQogECQAJAIAIoAhgiBUGBgICAeEYEQCACKAIcIQMMAQsCfwJAIAVBgICAgHhHBEAgAigCICEJIAIoAhwhBCACQRhqIAJBNGoQogEgAigCGCIHQYGAgIB4RgRAIAIoAhwMAwsgB0GAgICAeEYNASACKAIgIQYgAigCHCEKIAQhAwwEC0EAQajawAAQ3AEhA0GAgICAeCEFDAMLQQFBqNrAABDcAQshAyAFIAQQqgMLQYCAgIB4IQULIAEgAS0AGEEBajoAGCACIAEQcCIENgIwIAIgBjYCLCACIAo2AiggAiAHNgIkIAIgCTYCICACIAM2AhwgAiAFNgIYAkAgBUGAgICAeEcEQCAEDQEgAiACQSBqIgQpAgg3AxAgAiAEKQIANwMIDBALIAQNBAwOCyACQRhqEPQCQYCAgIB4IQUgBCEDDA4LIAEgAS0AGEEBayIDOgAYIANB/wFxRQ0LIAEgASgCFEEBajYCFCACQQE6ADggAiABNgI0QYCAgIB4IQZBgICAgHghCAJAAkADQCACQRhqIAJBNGoQUiACLQAYQQFGBEAgAigCHCEDDAoLIAItABlBAUYEQCACKAI0IgNBADYCCCADIAMoAhRBAWo2AhQgAkEYaiADQQxqIAMQOSACKAIcIQMgAigCGEECRg0KAkAgAyACKAIgIgVB0dLAAEEEENgCRQRAIAMgBUHw0sAAQQQQ2AINASADIAVB9NLAAEECENkBIQMMDAsgBkGAgICAeEcNAyACQRhqIAIoAjQQzgIgAigCHCEDIAIoAhgiBkGAgICAeEYNCiACKAIgIQogAyEEDAILIAhBgICAgHhHBEBB8NLAAEEEEIYCIQMMDAsgAkEYaiACKAI0EM4CIAIoAhwhByACKAIYIgNBgICAgHhGDQggAigCICEJIAMhCAwBCwsgBkGAgICAeEYNBSAIQYCAgIB4Rg0BIAQhAyAGDAwLQdHSwABBBBCGAiEDDAcLQfDSwABBBBCHAiEDDAkLIAEgASgCFEEBajYCFCABQfjJwABBAxCYASIBDQ8gAEGAgICAeDYCAAwQCyACQQU2AhggASACQRhqENEBDA0LIAQQtQEMCQtB0dLAAEEEEIcCIQMMAQsgByEDDAMLQYCAgIB4IQYLIAhBgICAgHhGDQELIAggBxCqAwtBgICAgHggBkGAgICAeEYNARoLIAYgBBCqA0GAgICAeAshBSABIAEtABhBAWo6ABggAiABEI4BIgQ2AjAgAiAJNgIsIAIgBzYCKCACIAg2AiQgAiAKNgIgIAIgAzYCHCACIAU2AhgCQCAFQYCAgIB4RwRAIAQNASACIAJBIGoiBCkCCDcDECACIAQpAgA3AwgMBAsgBEUNAiAEELUBDAILIAJBGGoQ9AJBgICAgHghBSAEIQMMAgsgAkEYNgIYIAEgAkEYahDRAQwDC0GAgICAeCEFCyAFQYCAgIB4RgRAIAMgARDXAgwCCyAAIAIpAxA3AhAgACACKQMINwIIIAAgAzYCBCAAIAU2AgAMAwsgAkEYNgIYIAEgAkEYahDRAQshASAAQYGAgIB4NgIAIAAgATYCBAwBCyAAQYGAgIB4NgIAIAAgATYCBAsgAkFAayQAC48LAgh/AX4jAEEgayIEJAACQAJ/AkACQAJAAkACQAJAAkACQAJAA0AgASgCCCIFIAEoAgQiBkYNAgJAAkACQCAFIAZJBEAgASgCACIIIAVqLQAAIgNBIkYgA0HcAEZyIANBIElyDQIgBCAFQQFqIgkgCCAGQcyBwQAQqAIgBCgCAEEIayEHQQAgBCgCBCIKQfj///8HcWshAwNAIANFDQIgA0EIaiEDIAdBCGoiBykAACILQqLEiJGixIiRIoVCgYKEiJCgwIABfSALQqDAgIGChIiQIH2EIAtC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYQgC0J/hYNCgIGChIiQoMCAf4MiC1ANAAsgASAHIAhrIAt6p0EDdmoiAzYCCAwDCyAFIAZBvIHBABDlAQALIAEgCkF4cSAJajYCCCABKAIIIgMgASgCBCIGIAMgBksbIQcgASgCACEIA0ACQCADIAdGDQAgAyAIai0AACIGQSJGIAZB3ABGciAGQSBJcg0AIAEgA0EBaiIDNgIIDAELCyABKAIEIQYgASgCCCEDDAELIAUhAwsgAyAGRg0CIAMgBk8NAwJAIAEoAgAiByADai0AACIIQdwARwRAIAhBIkYNASABIANBAWo2AgggBEEQNgIUIAAgASAEQRRqEOwBDA0LIAMgBUkNBSACIAUgB2ogAyAFaxCWAiABIANBAWoiBTYCCAJAIAUgBkkEQCABIANBAmo2AgggBCAFIAdqLQAAIgM6AA0MAQsgBEEENgIUIARBDGogASAEQRRqEO4BIAQtAAxBAUYEQCAEKAIQDA0LIAQtAA0hAwsCQAJAAkACQAJAAkACQAJAAkACQAJAIANB/wFxIgNB7gBrDggHAQEBCAEJCgALAkAgA0HiAGsOBQUBAQEGAAsgA0EiRg0BIANBL0YNAyADQdwARg0CCyAEQQw2AhQgASAEQRRqEP8BDBQLIAJBIhCwAgwJCyACQdwAELACDAgLIAJBLxCwAgwHCyACQQgQsAIMBgsgAkEMELACDAULIAJBChCwAgwECyACQQ0QsAIMAwsgAkEJELACDAILIARBFGoiAyABEIQBIAQvARRBAUYNCiAELwEWIgVBgPgDcUGAuANGDQIgBUGAyABqQf//A3FBgPgDTwRAIAMgARDmASAELQAUQQFGDQsgBC0AFSABIAEoAggiB0EBajYCCEHcAEcNByADIAEQ5gEgBC0AFA0LIAQtABUgASAHQQJqNgIIQfUARw0IIAMgARCEASAELwEUDQsgBC8BFiIGQYBAa0H//wNxQf/3A00EQCAEQRQ2AhQgASADEP8BDA0LIAZBgMgAakH//wNxIAVBgNAAakH//wNxQQp0akGAgARqIAIQgAEMAgsgBSACEIABDAELCyACKAIIBEAgAyAFSQ0HIAIgBSAHaiADIAVrEJYCQQEhByABIANBAWo2AgggBEEUaiABIAIoAgQgAigCCBCaAQJAIAQoAhQiA0UEQEECIQcgBCgCGCEDDAELIAAgBCgCGDYCCAsgACAHNgIAIAAgAzYCBAwLCyADIAVJDQcgASADQQFqNgIIIARBFGogASAFIAdqIAMgBWsQmgEgAAJ/IAQoAhQiA0UEQCAEKAIYIQNBAgwBCyAAIAQoAhg2AghBAAs2AgAgACADNgIEDAoLIARBFDYCFCABIARBFGoQ/wEMCAsgBEEENgIUIAAgASAEQRRqEOwBDAgLIAMgBkHcgcEAEOUBAAsgBSADIAZBjILBABBjAAsgBEEXNgIUIAEgBEEUahD/AQwECyAEQRc2AhQgASAEQRRqEP8BDAMLIAUgAyAGQeyBwQAQYwALIAUgAyAGQfyBwQAQYwALIAQoAhgLIQEgAEECNgIAIAAgATYCBAsgBEEgaiQAC9EHAQp/AkACQCAAKAIIIgpBgICAwAFxRQ0AAkACQAJAAkAgCkGAgICAAXEEQCAALwEOIggNAUEAIQIMAgsgAkEQTwRAIAIgASABQQNqQXxxIglrIgZqIghBA3EhBSABIAlHBEAgASEEA0AgByAELAAAQb9/SmohByAEQQFqIQQgBkEBaiIGDQALCyAFBEAgCSAIQfz///8HcWohBANAIAMgBCwAAEG/f0pqIQMgBEEBaiEEIAVBAWsiBQ0ACwsgCEECdiEGIAMgB2ohBwNAIAkhCCAGRQ0FQcABIAYgBkHAAU8bIgtBA3EhBQJAIAtBAnQiCUHwB3EiA0UEQEEAIQMMAQsgAyAIaiEMQQAhAyAIIQQDQCADIAQoAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWogBEEEaigCACIDQX9zQQd2IANBBnZyQYGChAhxaiAEQQhqKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIARBDGooAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWohAyAEQRBqIgQgDEcNAAsLIAYgC2shBiAIIAlqIQkgA0EIdkH/gfwHcSADQf+B/AdxakGBgARsQRB2IAdqIQcgBUUNAAsgBUECdCEFIAggC0H8AXFBAnRqIQRBACEDA0AgAyAEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIQMgBEEEaiEEIAVBBGsiBQ0ACyADQQh2Qf+B/AdxIANB/4H8B3FqQYGABGxBEHYgB2ohBwwECyACRQ0DIAEhBCACIQMDQCAHIAQsAABBv39KaiEHIARBAWohBCADQQFrIgMNAAsMAwsgASACaiEGQQAhAiABIQMgCCEFA0AgAyIEIAZGDQICfyAEQQFqIAQsAAAiA0EATg0AGiAEQQJqIANBYEkNABogBEEEQQMgA0FvSxtqCyIDIARrIAJqIQIgBUEBayIFDQALC0EAIQULIAggBWshBwsgByAALwEMIgNPDQAgAyAHayEIQQAhBEEAIQYCQAJAAkAgCkEddkEDcUEBaw4CAAECCyAIIQYMAQsgCEH+/wNxQQF2IQYLIApB////AHEhCSAAKAIEIQUgACgCACEAA0AgBEH//wNxIAZB//8DcUkEQEEBIQMgBEEBaiEEIAAgCSAFKAIQEQEARQ0BDAMLC0EBIQMgACABIAIgBSgCDBEAAA0BIAggBmtB//8DcSEBQQAhBANAIAEgBEH//wNxTQRAQQAPCyAEQQFqIQQgACAJIAUoAhARAQBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRAAAhAwsgAwvuBgEFfwJAAkACQAJAAkACQAJAAkACQCAAQQRrIgcoAgAiCEF4cSIEQQRBCCAIQQNxIgUbIAFqTwRAIAVBACABQSdqIgYgBEkbDQECQCACQQlPBEAgAiADEFYiAg0BQQAPC0EAIQIgA0HM/3tLDQpBECADQQtqQXhxIANBC0kbIQEgAEEIayEGIAVFBEAgBkUgAUGAAklyIAEgBE9yDQkgBCABa0GAgAhNDQgMCQsgBCAGaiEFAkAgASAESwRAIAVBsJjBACgCAEYNAUGsmMEAKAIAIAVHBEAgBSgCBCIIQQJxDQsgCEF4cSIIIARqIgQgAUkNCyAFIAgQWCAEIAFrIgVBEE8EQCAHIAEgBygCAEEBcXJBAnI2AgAgASAGaiIBIAVBA3I2AgQgBCAGaiIEIAQoAgRBAXI2AgQgASAFEE4MCgsgByAEIAcoAgBBAXFyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEDAkLQaSYwQAoAgAgBGoiBCABSQ0KAkAgBCABayIFQQ9NBEAgByAIQQFxIARyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEQQAhBUEAIQEMAQsgByABIAhBAXFyQQJyNgIAIAEgBmoiASAFQQFyNgIEIAQgBmoiBCAFNgIAIAQgBCgCBEF+cTYCBAtBrJjBACABNgIAQaSYwQAgBTYCAAwICyAEIAFrIgRBD00NByAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIARBA3I2AgQgBSAFKAIEQQFyNgIEIAEgBBBODAcLQaiYwQAoAgAgBGoiBCABSw0FDAgLIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAHKAIAIgNBeHEiByABQQRBCCADQQNxIgEbakkNAiABRQ0IIAYgB0kNAwwIC0HIi8EAQS5B+IvBABD5AgALQYiMwQBBLkG4jMEAEPkCAAtByIvBAEEuQfiLwQAQ+QIAC0GIjMEAQS5BuIzBABD5AgALIAcgASAIQQFxckECcjYCACABIAZqIgUgBCABayIBQQFyNgIEQaiYwQAgATYCAEGwmMEAIAU2AgALIAZFDQELIAAPCyADEC0iAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAED8LIAILsAYBDX8jAEEQayIJJAAgACgCBCEDIAAoAgAhB0EBIQsCQCABKAIAIgpBIiABKAIEIgwoAhAiDREBAA0AAkAgA0UEQEEAIQNBACEADAELIAMhASAHIQgDQCABIAhqIQ5BACEAAkACQANAIAAgCGoiBS0AACIGQf8Aa0H/AXFBoQFJIAZBIkZyIAZB3ABGcg0BIAEgAEEBaiIARw0ACyABIARqIQQMAQsCfyAFLAAAIgFBAE4EQCABQf8BcSEBIAVBAWoMAQsgBS0AAUE/cSEGIAFBH3EhCCABQV9NBEAgCEEGdCAGciEBIAVBAmoMAQsgBS0AAkE/cSAGQQZ0ciEGIAFBcEkEQCAGIAhBDHRyIQEgBUEDagwBCyAIQRJ0QYCA8ABxIAUtAANBP3EgBkEGdHJyIQEgBUEEagshCCAAIARqIQAgCSABQYGABBA3AkAgCS0ADSIEIAktAAwiBWsiBkH/AXFBAUYNAAJAAkACQCAAIAJJDQACQCACRQ0AIAIgA08EQCACIANHDQIMAQsgAiAHaiwAAEG/f0wNAQsCQCAARQ0AIAAgA08EQCAAIANGDQEMAgsgACAHaiwAAEG/f0wNAQsgCiACIAdqIAAgAmsgDCgCDCICEQAARQ0BDAILIAcgAyACIABB7MXAABChAwALAkAgBEGBAU8EQCAKIAkoAgAgDREBAA0CDAELIAogBSAJaiAGIAIRAAANAQsCf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIABqIQIMAQsMBAsCf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIABqIQQgDiAIayIBDQELCwJAIAIgBEsNAEEAIQACQCACRQ0AIAIgA08EQCACIAMiAEcNAgwBCyACIgAgB2osAABBv39MDQELIARFBEBBACEDDAILAkAgAyAETQRAIAMgBEYNAwwBCyAEIAdqLAAAQb9/TA0AIAQhAwwCCyAAIQILIAcgAyACIARB/MXAABChAwALIAogACAHaiADIABrIAwoAgwRAAANACAKQSIgDREBACELCyAJQRBqJAAgCwvVBgEOfyMAQaAIayIFJAAgBUEAOgAPIAJBA3QhDCAFQdABaiENIAVBkAZqIQ4gBUHABGohDyAFQfADaiEQIAVBEGohCiAFQcADaiERA0ACQCAEBEBBACECA0AgAkGAAUZFBEAgBUGgB2ogAmpBADoAACACQQFqIQIMAQsLIAVBoAZqIgIgBUGgB2oiCEGAAfwKAAAgBSAAKQAANwOgBiAFIAApAAg3A6gGIAUgACkAEDcDsAYgBSAAKQAYNwO4BiAIIAJBgAH8CgAAQQAhAgNAIAJBgAFGRQRAIAVBoAdqIAJqIgggCC0AAEE2czoAACACQQFqIQIMAQsLIAVB0AVqIgJB4ODAAEHAAPwKAAAgBUIANwOYBiAFQgA3A5AGIAIgBUGgB2pBARCrAkEAIQIDQCACQYABRg0CIAVBoAdqIAJqIgggCC0AAEHqAHM6AAAgAkEBaiECDAALAAsgBUEPahCJAiAFQaAIaiQADwsgBUGgBmoiAkHg4MAAQcAA/AoAACAFQgA3A+gGIAVCADcD4AYgAiAFQaAHakEBEKsCIBEgAkHQAPwKAAAgBUHwAmoiAiAFQdAFakHQAPwKAAAgDSACQaAB/AoAACAFQQA6AM8BIAUtAA8EQCAFQdAAaiAKQcAAEH8LIARBwAAgBCAEQcAATxsiCWshBCADIAlqIAZBAWohCCAMIQcgASECA0AgBwRAIAVB0ABqIAIoAgAgAigCBBB/IAdBCGshByACQQhqIQIMAQsLIAUgBkEBajoA8AIgBUHQAGoiAiAFQfACaiIGQQEQfyAGIAJBoAL8CgAAIAVBoAZqIgsQkwIgBUGgB2oiBxCTAiAQIAYgBxBLIAYgB0HAAPwKAAAgBUHAADoA7wMgDyAGIAsQS0EAIQIgB0EAQYAB/AsAIAYgB0GAAfwKAAAgBUHQBWogC0HAAPwKAAADQCACQcAARkUEQCAFQfACaiACaiAFQdAFaiACai0AADoAACACQQFqIQIMAQsLIAVBkAVqIgIgBUHwAmoiBkHAAPwKAAAgBSAONgL0AiAFIAVB0AVqNgLwAiAGEKkCIAMgCSACIAlBpNDAABC5AiAFQQ9qEIkCIAVBAToADyAKIAJBwAD8CgAAIQMgCCEGDAALAAvEBwIMfwN+IwBB0ABrIgMkAAJAAkAgAkEITwRAIAEpAABC0JyxmqSqlqjUAFENAQsgAEGAgICAeDYCACAAQQE6AAQMAQsgAkEbTQRAIABBJzYCDCAAQczMwAA2AgggAEEDOgAEIABBgICAgHg2AgAMAQsgAS0ACCIEQQFHBEAgACAEOgAFIABBAjoABCAAQYCAgIB4NgIADAELAkACQAJAAkAgAS0ACUUEQCADIAEpABI3AxggAyABKQAKNwMQIAEvABoiBEEIdCAEQQh2ciIEQYEIa0H//wNxQYD4A0kEQCAAQSU2AgwgAEGIzMAANgIIIABBAzoABCAAQYCAgIB4NgIADAYLIANBCGogBEH//wNxIg1BBEEgEOIBIANBADYCLCADIAMoAgwiBTYCKCADIAMoAgg2AiQgA0E8aiELQRwhBEEcIQkDQAJAIAogDUcEQCACIARBE2oiCE8NAUEZIQJB78vAACEBDAcLIAAgAykCJDcCACAAIAQ2AhwgAyADKAIsNgI4IAMgAykDEDcCPCAAIAMpAzg3AgggAyADKQMYNwJEIAAgAykDQDcCECAAIAMoAkg2AhgMBwsgAiAETQ0DIARBAWohDCAEQRFqIgYgAksNAiACIAZNDQQCQCACIARBEmoiB0sEQCACIAggASAHai0AACABIAZqLQAAQQh0ciIHaiIGTw0BQR4hAkHRy8AAIQEMBwsgByACQZTLwAAQ5QEACwJAIAEgBGotAAAiDkEBa0H/AXEiBEECSw0AIARBAnQoApCUQSAHRg0AQS0hAkGky8AAIQEMBgsgCyABIAxqIgQpAAg3AAggCyAEKQAANwAAIANBMGogASAIaiAHEMcBIAMoAiQgCkYEQCMAQRBrIgQkACAEQQhqIANBJGoiBSAFKAIAQQFBBEEgEFogBCgCCCIFQYGAgIB4RwRAIAQoAgwaIAUQ8QIACyAEQRBqJAAgAygCKCEFCyADKQI4IQ8gAykCQCEQIAMoAkghCCADKQIwIREgBSAJaiIEIA46AAAgBEEcayIEIBE3AgAgBCAINgIYIAQgEDcCECAEIA83AgggAyAKQQFqIgo2AiwgCUEgaiEJIAYhBAwACwALIABBHzYCDCAAQa3MwAA2AgggAEEDOgAEIABBgICAgHg2AgAMBAsgDCAGIAJB9MrAABBjAAsgBCACQeTKwAAQ5QEACyAGIAJBhMvAABDlAQALIAAgAjYCDCAAIAE2AgggAEEDOgAEIABBgICAgHg2AgAgA0EkahDwAgsgA0HQAGokAAuiBgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0BIAEoAgAiAyAAaiEAIAEgA2siAUGsmMEAKAIARgRAIAIoAgRBA3FBA0cNAUGkmMEAIAA2AgAgAiACKAIEQX5xNgIEIAEgAEEBcjYCBCACIAA2AgAPCyABIAMQWAsCQAJAQcSYwQACfwJAAkACQAJAIAIoAgQiA0ECcUUEQCACQbCYwQAoAgBGDQIgAkGsmMEAKAIARg0DIAIgA0F4cSICEFggASAAIAJqIgBBAXI2AgQgACABaiAANgIAIAFBrJjBACgCAEcNAUGkmMEAIAA2AgAPCyACIANBfnE2AgQgASAAQQFyNgIEIAAgAWogADYCAAsgAEGAAkkNBCABIAAQYkHEmMEAQcSYwQAoAgBBAWsiADYCACAADQZBjJbBACgCACIADQJB/x8MAwtBsJjBACABNgIAQaiYwQBBqJjBACgCACAAaiIANgIAIAEgAEEBcjYCBEGsmMEAKAIAIAFGBEBBpJjBAEEANgIAQayYwQBBADYCAAsgAEG8mMEAKAIAIgJNDQVBsJjBACgCACIARQ0FQaiYwQAoAgAiA0EpSQ0EQYSWwQAhAQNAIAAgASgCACIETwRAIAAgBCABKAIEakkNBgsgASgCCCEBDAALAAtBrJjBACABNgIAQaSYwQBBpJjBACgCACAAaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAPC0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYCAA8LAkBBnJjBACgCACICQQEgAEEDdnQiA3FFBEBBnJjBACACIANyNgIAIABB+AFxQZSWwQBqIgAhAgwBCyAAQfgBcSIAQZSWwQBqIQIgAEGclsEAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0HEmMEAQYyWwQAoAgAiAAR/QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsFQf8fCzYCACACIANPDQBBvJjBAEF/NgIACwurBQIGfwF+AkAgAkUNACACQQdrIgNBACACIANPGyEHIAFBA2pBfHEgAWshCEEAIQMDQAJAAkACQCABIANqLQAAIgXAIgZBAE4EQCAIIANrQQNxDQEgAyAHTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIANBCGoiAyAHSQ0ACwwCC0KAgICAkCAhCQJAAkACQAJAAkACQAJAAkACQCAFLQCPtkBBAmsOAwABAgcLIANBAWoiBCACSQ0CQgAhCQwGCyADQQFqIgQgAkkNAkIAIQkMBQsgA0EBaiIEIAJJDQJCACEJDAQLIAEgBGosAABBv39KDQMMBAsgASAEaiwAACEEAkACQCAFQeABayIFBEAgBUENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAZBH2pB/wFxQQxPBEAgBkF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgASAEaiwAACEEAkACQAJAAkAgBUHwAWsOBQEAAAACAAsgBkEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgAiADQQJqIgRNBEBCACEJDAILIAEgBGosAABBv39KBEBCgICAgJDAACEJDAILQgAhCSADQQNqIgQgAk8NASABIARqLAAAQUBIDQJCgICAgJDgACEJDAELQgAhCSADQQJqIgQgAk8NACABIARqLAAAQb9/TA0BQoCAgICQwAAhCQsgACAJIAOthDcCBCAAQQE2AgAPCyAEQQFqIQMMAgsgA0EBaiEDDAELIAIgA00NAANAIAEgA2osAABBAEgNASACIANBAWoiA0cNAAsMAgsgAiADSw0ACwsgACACNgIIIAAgATYCBCAAQQA2AgALqgQBHH8gACAALwEMIgMgAC8BCnMiBCAALwEAIghzIgkgAC8BAiIBcyIXIAlxIAEgAC8BDiIBcyIKcyAKIAAvAQgiAiAALwEEIg5zIg9zIhAgAC8BBnMiCyADcyIFIAEgAnMiEXMiAyAEcyIMIApxIg1zIAMgEXEiBiADIAQgCyAOcyIEcyILcyITIA9xcyIHcyISIAxzIhQgByAEIBBxIgcgBSAEIAhzIhggFyABIA5zIg5zIhVxc3NzIhZxIgUgBiALIA5xcyIGIAIgCXMiGSAIcSAOcyAHcyALc3MiAnMgAyAIcyIaIAEgCXMiG3EgAXMgDXMgBnMiASASc3EiByAFcyABIAxzIg1xIgYgBSANcyIBcyACIAEgAiAWcyICcXMiAXEgAnMiAiAGIBRzIgYgByANcyIFcyINcyIHIAEgBXMiEnMiFCAPcSARIBJxIg9zIhEgDSAVcXMiFSAGIBBxcyIQIAwgASACcyIMcSIWIAIgCXFzIhwgEyAUcXMiEyADIBJxcyIJczsBDiAAIAogDHEiAyAEIAZxIgogBSAIcXMiDCAHIAtxc3MgE3MiBCABIBtxcyILIAcgDnEgD3MgCXNzOwEKIAAgCiANIBhxcyAccyAQcyIIOwEIIAAgFSAFIBlxcyALczsBBCAAIAwgASAacXMgFnMiASARIAIgF3FzcyIKIARzOwECIAAgAyAKczsBACAAIAggCXM7AQwgACABIAhzOwEGC6oEARx+IAAgACkDMCIDIAApAyiFIgQgACkDACIIhSIJIAApAwgiAYUiFyAJgyABIAApAzgiAYUiCoUgCiAAKQMgIgIgACkDECIOhSIPhSIQIAApAxiFIgsgA4UiBSABIAKFIhGFIgMgBIUiDCAKgyINhSADIBGDIgYgAyAEIAsgDoUiBIUiC4UiEyAPg4UiB4UiEiAMhSIUIAcgBCAQgyIHIAUgBCAIhSIYIBcgASAOhSIOhSIVg4WFhSIWgyIFIAYgCyAOg4UiBiACIAmFIhkgCIMgDoUgB4UgC4WFIgKFIAMgCIUiGiABIAmFIhuDIAGFIA2FIAaFIgEgEoWDIgcgBYUgASAMhSINgyIGIAUgDYUiAYUgAiABIAIgFoUiAoOFIgGDIAKFIgIgBiAUhSIGIAcgDYUiBYUiDYUiByABIAWFIhKFIhQgD4MgESASgyIPhSIRIA0gFYOFIhUgBiAQg4UiECAMIAEgAoUiDIMiFiACIAmDhSIcIBMgFIOFIhMgAyASg4UiCYU3AzggACAKIAyDIgMgBCAGgyIKIAUgCIOFIgwgByALg4WFIBOFIgQgASAbg4UiCyAHIA6DIA+FIAmFhTcDKCAAIAogDSAYg4UgHIUgEIUiCDcDICAAIBUgBSAZg4UgC4U3AxAgACAMIAEgGoOFIBaFIgEgESACIBeDhYUiCiAEhTcDCCAAIAMgCoU3AwAgACAIIAmFNwMwIAAgASAIhTcDGAuuBAELfyAAKAIEIQkgACgCACEKIAAoAgghCwJAA0AgBg0BAn8CQCACIARJDQADQCABIARqIQUCQAJAAkACQAJAIAIgBGsiBkEHTQRAIAIgBEcNASACIQQMBwsgBUEDakF8cSIAIAVGDQEgACAFayEDQQAhAANAIAAgBWotAABBCkYNBSADIABBAWoiAEcNAAsgAyAGQQhrIgBLDQMMAgtBACEAA0AgACAFai0AAEEKRg0EIAYgAEEBaiIARw0ACyACIQQMBQsgBkEIayEAQQAhAwsDQEGAgoQIIAMgBWoiBygCACINQYqUqNAAc2sgDXJBgIKECCAHQQRqKAIAIgdBipSo0ABzayAHcnFBgIGChHhxQYCBgoR4Rw0BIANBCGoiAyAATQ0ACwsgAyAGRgRAIAIhBAwDCyADIAVqIQYgAiADayAEayEHQQAhAAJAA0AgACAGai0AAEEKRg0BIAcgAEEBaiIARw0ACyACIQQMAwsgACADaiEACyAAIARqIgNBAWohBAJAIAIgA00NACAAIAVqLQAAQQpHDQBBACEGIAQiBQwDCyACIARPDQALCyACIAhGDQJBASEGIAghBSACCyEAAkAgCy0AAARAIApBzMXAAEEEIAkoAgwRAAANAQtBACEDIAAgCEcEQCAAIAFqQQFrLQAAQQpGIQMLIAAgCGshACABIAhqIQcgCyADOgAAIAUhCCAKIAcgACAJKAIMEQAARQ0BCwtBASEMCyAMC9IMAhN/BH4jAEEgayINJAACQAJAIAEpAxBCgICAgIAgWARAIA1BDGogASgCHCABKAIgEHcgDS0ADCIDQQtHBEAgACANKAAcNgAQIAAgDSkAFTcACSAAIA0pAA03AAEgACADOgAADAMLIAIpAxAgAikDGCABEFUhFyACKAIIRQRAIAJBEGohEiMAQTBrIgUkAAJAAkACQCACKAIMIgtBAWoiA0UNACACKAIEIgcgB0EBaiIKQQN2IgRBB2wgB0EISRsiEEEBdiADSQRAIAVBCGpBEEEIAn8gEEEBaiIEIAMgAyAESRsiA0EPTwRAIANB/////wFLDQNBfyADQQN0QQduQQFrZ3ZBAWoMAQtBBCADQQhxQQhqIANBBEkbCyIEEKEBIAUoAggiA0UNASAFKAIQIQYgBSgCDCIHBEAgByADEOoCIQMLIANFDQIgAyAGaiEHIARBCGoiAwRAIAdB/wEgA/wLAAsgBUEANgIgIAUgBEEBayIKNgIYIAUgBzYCFCAFQpCAgICAATcCDCAFIAJBEGo2AgggBSAKIARBA3ZBB2wgBEEJSRsiEDYCHCACKAIAIgQpAwBCf4VCgIGChIiQoMCAf4MhFiAFQRRqIREgBCEDIAshBgNAIAYEQANAIBZQBEAgCEEIaiEIIANBCGoiAykDAEJ/hUKAgYKEiJCgwIB/gyEWDAELCyAHIAcgCiASIAQgFnqnQQN2IAhqIgwQ2gIiGBCwASIJaiAYp0EZdiIPOgAAIAcgCUEIayAKcWpBCGogDzoAACAHIAlBBHRrQRBrIgkgBCAMQQR0a0EQayIMKQAINwAIIAkgDCkAADcAACAGQQFrIQYgFkIBfSAWgyEWDAELCyAFIAs2AiAgBSAQIAtrNgIcIAIgERD+ASAFKAIYIgNFDQMgBUEkaiAFKAIMIAUoAhAgA0EBahChASAFKAIkGiAFKAIUIAUoAixrIAUoAigQhQMMAwsgBCAKQQdxQQBHaiEDIAIoAgAiBiEIA0AgAwRAIAggCCkDACIWQn+FQgeIQoGChIiQoMCAAYMgFkL//v379+/fv/8AhHw3AwAgCEEIaiEIIANBAWshAwwBBQJAIApBCE8EQCAGIApqIAYpAAA3AAAMAQsgCkUNACAGQQhqIAYgCvwKAAALQQAhAwNAAkAgCiADIgRHBEAgBEEBaiEDIAQgBmoiES0AAEGAAUcNAiAGIARBf3NBBHRqIQgDQCAEIAcgEiAGIAQQ2gIiFqciDHEiD2sgBiAHIBYQsAEiCSAPa3MgB3FBCEkNAiAGIAlqIg8tAAAgDyAMQRl2Igw6AAAgBiAJQQhrIAdxakEIaiAMOgAAIAYgCUEEdGtBEGshCUH/AUYEQCARQf8BOgAAIAYgBEEIayAHcWpBCGpB/wE6AAAgCSAIKQAINwAIIAkgCCkAADcAAAwEBSAIIAkQ/gEMAQsACwALIAIgECALazYCCAwGCyARIAxBGXYiCDoAACAGIARBCGsgB3FqQQhqIAg6AAAMAAsACwALAAtBxMbAAEE5QeDGwAAQiwIACxC3AwALIAVBMGokAAsgAigCBCILIBencSEDIBdCGYgiGEL/AINCgYKEiJCgwIABfiEZIAIoAgAhBANAIAMgBGopAAAiFyAZhSIWQn+FIBZCgYKEiJCgwIABfYNCgIGChIiQoMCAf4MhFgNAIBZQRQRAIAEgBCAWeqdBA3YgA2ogC3FBBHRrQRBrQRAQ6gFFDQQgFkIBfSAWgyEWDAELCyAXQoCBgoSIkKDAgH+DIRYCQAJ/IBRFBEBBACAWUA0BGiADIBZ6p0EDdmogC3EhDgsgFiAXQgGGg0IAUg0BQQELIRQgAyAVQQhqIhVqIAtxIQMMAQsLIAQgDmosAAAiA0EATgRAIAQgBCkDAEKAgYKEiJCgwIB/g3qnQQN2Ig5qLQAAIQMLIAQgDmogGKdB/wBxIgY6AAAgAiACKAIIIANBAXFrNgIIIAIgAigCDEEBajYCDCAEIA5BCGsgC3FqQQhqIAY6AAAgAEELOgAAIAQgDkEEdGtBEGsiACABKQAINwAIIAAgASkAADcAAAwCCyAAQRs2AgggAEH90MAANgIEIABBAzoAAAwBCyAAQRo2AgggAEHj0MAANgIEIABBAzoAAAsgDUEgaiQAC/sDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBEAAAwBCyABKAIMIQoDQCACQQFqIQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEBAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRAABFBEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRAABFBEAgAiAEaiECDAMLQQEMBAsgB0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRAQQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8gBC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8BBAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgCBBEBAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALuAQCBn8BfkErQYCAxAAgACgCCCIIQYCAgAFxIgYbIAZBFXZBASABGyAFaiEJAkAgCEGAgIAEcUUEQEEAIQIMAQsgAwRAIAIhBiADIQoDQCAHIAYsAABBv39KaiEHIAZBAWohBiAKQQFrIgoNAAsLIAcgCWohCQtBLSABGyELAkAgAC8BDCIBIAlLBEACQAJAIAhBgICACHFFBEAgASAJayEKQQAhBkEAIQECQAJAAkAgCEEddkEDcUEBaw4DAAEAAgsgCiEBDAELIApB/v8DcUEBdiEBCyAIQf///wBxIQggACgCBCEJIAAoAgAhAANAIAZB//8DcSABQf//A3FPDQJBASEHIAZBAWohBiAAIAggCSgCEBEBAEUNAAsMBAsgACAAKQIIIgynQYCAgP95cUGwgICAAnI2AghBASEHIAAoAgAiCiAAKAIEIgggCyACIAMQmAINA0EAIQYgASAJa0H//wNxIQEDQCAGQf//A3EgAU8NAiAGQQFqIQYgCkEwIAgoAhARAQBFDQALDAMLQQEhByAAIAkgCyACIAMQmAINAiAAIAQgBSAJKAIMEQAADQIgCiABa0H//wNxIQFBACEGA0AgASAGQf//A3FNBEBBAA8LIAZBAWohBiAAIAggCSgCEBEBAEUNAAsMAgsgCiAEIAUgCCgCDBEAAA0BIAAgDDcCCEEADwtBASEHIAAoAgAiASAAKAIEIgAgCyACIAMQmAINACABIAQgBSAAKAIMEQAAIQcLIAcLnwQBA38jAEFAaiIDJAACQAJ/AkACQAJAAkACQAJAAkACQAJAAkAgACgCFCIFIAAoAhBJBEAgACgCDCAFai0AACIEQSJGDQYgBEEtRg0FIARB5gBGDQQgBEHuAEYNCCAEQfQARg0DIARB2wBGDQEgBEH7AEYNAiAEQTBrQf8BcUEKSQ0HCyADQQo2AjAgACADQTBqENEBDAoLIANBCjoAMCADQTBqIAEgAhDLAQwJCyADQQs6ADAgA0EwaiABIAIQywEMCAsgACAFQQFqNgIUIABB+8nAAEEDEJgBIgQNCCADQYACOwEwIANBMGogASACEMsBDAcLIAAgBUEBajYCFCAAQf7JwABBBBCYASIEDQcgA0EAOwEwIANBMGogASACEMsBDAYLIAAgBUEBajYCFCADIABBABBNIAMpAwBCA1ENAyADIAEgAhC9AQwFCyAAQQA2AgggACAFQQFqNgIUIANBJGogAEEMaiAAEDkgAygCKCEEIAMoAiRBAkYNBSADIAMoAiw2AjggAyAENgI0IANBBToAMCADQTBqIAEgAhDLAQwECyADQRBqIABBARBNIAMpAxBCA1EEQCADKAIYIQQMBQsgA0EQaiABIAIQvQEMAwsgACAFQQFqNgIUIABB+MnAAEEDEJgBIgRFDQEMAwsgAygCCCEEDAILIANBBzoAMCADQTBqIAEgAhDLAQsgABDXAiEECyADQUBrJAAgBAvmAwIFfwJ+IwBBQGoiBCQAIAKnQbMIayIFQYWiE2whBgJAIANFBEAgBEEwaiIHIAZBgIAIa0EUdSIDQX9zEIEBIAcgBCkDMCICIAQpAzggASADQZXb8gdsQZXb8gdqQRB2IAVqIgVBB2qthhDfASAEQSBqIAQpAzAiCUI6hiAEKQM4QgaIhCIBQgoQrQEgBEEQaiABIAJBACAFa62IIgJCAYgiCn1CChCtASACIAFCf4VWIgcgASAKVHIhBSAEKQMoIAQpAyAiAUL///////////8AfCABVK18pyIGIAQpAxggBCkDEEIAUq18pyIIIAYgCEsbIQYgB60gCUIGiHwhAQwBCyAEQTBqIgcgBkEUdSIDQX9zEIEBIAcgBCkDMCIJIAQpAzggASADQZXb8gdsQZXb8gdqQRB2IAVqIgVBB2qthhDfASAEIAQpAzAiCkI6hiAEKQM4QgaIhCICQgoQrQEgAUJ/hUIBgyAJQQAgBWutiHwiASACQn+FViIGIAEgAlZyIQUgBq0gCkIGiHwhAUECIAQpAwggBCkDACIJQvr//////////wB9IAlUrXynIAJCgICAgICAgIDAAFEbIQYLIAAgBjoADCAAIAM2AgggACABNwMAIAAgBUU6AA0gBEFAayQAC9ADAQ5/IAAgAS0ADSABLQAPQQh0ciICIAEtAAkgAS0AC0EIdHIiA0EBdnNB1aoBcSIHIAJzIgIgAS0ABSABLQAHQQh0ciIEIAEtAAEgAS0AA0EIdHIiBUEBdnNB1aoBcSIIIARzIgRBAnZzQbPmAHEiCSACcyICIAEtAAwgAS0ADkEIdHIiBiABLQAIIAEtAApBCHRyIgpBAXZzQdWqAXEiDCAGcyIGIAEtAAQgAS0ABkEIdHIiCyABLQAAIAEtAAJBCHRyIgFBAXZzQdWqAXEiDSALcyILQQJ2c0Gz5gBxIg4gBnMiBkEEdnNBjx5xIg8gAnM7AQ4gACAHQQF0IANzIgIgCEEBdCAFcyIDQQJ2c0Gz5gBxIgcgAnMiAiAMQQF0IApzIgUgDUEBdCABcyIBQQJ2c0Gz5gBxIgggBXMiBUEEdnNBjx5xIgogAnM7AQwgACAJQQJ0IARzIgIgDkECdCALcyIEQQR2c0GPHnEiCSACczsBCiAAIA9BBHQgBnM7AQYgACAHQQJ0IANzIgIgCEECdCABcyIBQQR2c0GPHnEiAyACczsBCCAAIApBBHQgBXM7AQQgACAJQQR0IARzOwECIAAgA0EEdCABczsBAAvhAwEDfyMAQRBrIgQkAAJAAkACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARBoRQ0CQQEhAgwDCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDP5UA6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQRkUNAQwCCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDSxUA6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQRg0BCyABKAIAQfrXwABBAiABKAIEKAIMEQAABEBBASECDAELIABBBGohAAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGghAgwCCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDP5UA6AAAgA0EBayEDIAJBBHYiAg0ACyABQQFB0MXAAEECIAMgBGpBB2pBCSADaxBGIQIMAQsgACgCACECQQkhAwNAIAMgBGpBBmogAkEPcS0A0sVAOgAAIANBAWshAyACQQR2IgINAAsgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQRiECCyAEQRBqJAAgAgvYAwIEfgR/IwBBQGoiCCQAIAgQkwIgASABLQB/IgdqIgpBgAE6AAAgACkDQCEDIAApA0ghBCAHQf8AcyIJBEAgCkEBakEAIAn8CwALIANCNogiBUI4hiAEQgqGIgYgBYQiBUKA/gODQiiGhCAFQoCA/AeDQhiGIAVCgICA+A+DQgiGhIQgBEIChkKAgID4D4MgBEIOiEKAgPwHg4QgBEIeiEKA/gODIAZCOIiEhIQhBSAHrSIEQjuGIANCCoYiBiAEQgOGhCIEQoD+A4NCKIaEIARCgID8B4NCGIYgBEKAgID4D4NCCIaEhCADQgKGQoCAgPgPgyADQg6IQoCA/AeDhCADQh6IQoD+A4MgBkI4iISEhCEDIAlBD00EQCAAIAEQxgIgAUEAQfAA/AsACyABIAU3AHAgASADNwB4IAAgARDGAkEAIQcgAUEAOgB/A0AgB0HAAEZFBEAgByAIaiAAIAdqKQMAIgNCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQ3AAAgB0EIaiEHDAELCyACIAhBwAD8CgAAIAhBQGskAAuJBAEBfyMAQTBrIgMkAAJ/AkACQAJAAkACQAJAAkACQAJAAkACQCAALQAAQQFrDgoBAgMEBQYHCAkKAAsgAUGY3cAAQcwAIAIoAgwRAAAMCgsgAUHk3cAAQSkgAigCDBEAAAwJCyADIABBAWo2AiwgA0EGNgIYIAMgA0EsajYCFCABIAJBnIfAACADQRRqEEUMCAsgAyAAQQRqNgIsIANBBzYCGCADIANBLGo2AhQgASACQe6GwAAgA0EUahBFDAcLIAMgAEEMajYCDCADIABBBGo2AhAgAyAAQQhqNgIsIANBCDYCKCADQQg2AiAgA0EHNgIYIAMgA0EsajYCJCADIANBEGo2AhwgAyADQQxqNgIUIAEgAkHagsAAIANBFGoQRQwGCyADIABBBGo2AiwgA0EJNgIYIAMgA0EsajYCFCABIAJB2IbAACADQRRqEEUMBQsgAyAAQQRqNgIsIANBCTYCGCADIANBLGo2AhQgASACQeuFwAAgA0EUahBFDAQLIAFBjd7AAEE8IAIoAgwRAAAMAwsgAyAAQQRqNgIsIANBBzYCGCADIANBLGo2AhQgASACQYOHwAAgA0EUahBFDAILIAMgAEEEajYCLCADQQc2AhggAyADQSxqNgIUIAEgAkG4hsAAIANBFGoQRQwBCyABQcnewABBKSACKAIMEQAACyADQTBqJAALhgUCB38BfiMAQSBrIgMkACADQQhqIAEQ+gECQAJAAkACQAJ/IAMtAAhBAUYEQCADKAIMDAELIAMtAAlBAUYEQCADLQAKIgZBMEcNAiABKAIUIgQgASgCEEkEQCABKAIMIARqLQAAQTBrQf8BcUEKSQ0ECyAAIAEgAkIAEHgMBQsgA0EFNgIQIAEgA0EQahD3AQshASAAQgM3AwAgACABNgIIDAMLIAZBMWtB/wFxQQlJDQEgA0ENNgIQIAEgA0EQahD3ASEBIABCAzcDACAAIAE2AggMAgsgA0ENNgIQIAEgA0EQahDRASEBIABCAzcDACAAIAE2AggMAQsgASgCFCIEIAEoAhAiBSAEIAVLGyEFIAZBMGutQv8BgyEKIAEoAgwhBgNAAkAgBCAFRwRAIAQgBmotAABBMGsiB0H/AXEiCEEKSQ0BCyAAIAEgAiAKEHgMAgsgCEEFSyAKQpmz5syZs+bMGVJyIApCmbPmzJmz5swZWnFFBEAgASAEQQFqIgQ2AhQgCkIKfiAHrUL/AYN8IQoMAQsLIANBEGohBkEAIQQgASgCECIHIAEoAhQiBWsiCEEAIAcgCE8bIQcgASgCDCAFaiEIIAVBAWohCQNAAkACQAJAAkAgBiABIAIgCiAEIAdHBH8gBCAIai0AACIFQTBrQf8BcUEKSQ0DIAVBLkYNASAFQcUARiAFQeUARnINAiAEBSAHCxB9DAMLIAYgASACIAogBBBeDAILIAYgASACIAogBBBQDAELIAEgBCAJajYCFCAEQQFqIQQMAQsLIAACfiADKAIQQQFGBEAgACADKAIUNgIIQgMMAQsgACADKwMYOQMIQgALNwMACyADQSBqJAALjwQBAn8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEGsmMEAKAIARgRAIAIoAgRBA3FBA0cNAUGkmMEAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEFgLAkACQAJAIAIoAgQiA0ECcUUEQCACQbCYwQAoAgBGDQIgAkGsmMEAKAIARg0DIAIgA0F4cSICEFggACABIAJqIgFBAXI2AgQgACABaiABNgIAIABBrJjBACgCAEcNAUGkmMEAIAE2AgAPCyACIANBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQYg8LAkBBnJjBACgCACICQQEgAUEDdnQiA3FFBEBBnJjBACACIANyNgIAIAFB+AFxQZSWwQBqIgEhAgwBCyABQfgBcSIBQZSWwQBqIQIgAUGclsEAaigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0GwmMEAIAA2AgBBqJjBAEGomMEAKAIAIAFqIgE2AgAgACABQQFyNgIEIABBrJjBACgCAEcNAUGkmMEAQQA2AgBBrJjBAEEANgIADwtBrJjBACAANgIAQaSYwQBBpJjBACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC9cDAwN/AX4BfCMAQUBqIgIkACACIAEQpQECQAJAAkACQAJAAn8gAi0AAEEBRgRAIAIoAgQMAQsgAi0AAUEBRgRAIAItAAIiA0EtRw0CQQEhAyABIAEoAhRBAWo2AhQgAkEIaiABQQAQTSACKQMIIgVCA1ENAyACQRBqIQMMBQsgAkEFNgIoIAEgAkEoahDRAQshAUEBIQMMBAsgA0Ewa0H/AXFBCk8EQEEBIQMgASACQT9qQcjJwAAQRyABENcCIQEMBAtBASEDIAJBGGogAUEBEE0gAikDGCIFQgNRDQEgAkEgaiEDDAILIAIoAhAhAQwCCyACKAIgIQEMAQsCfwJAAkACQCAFp0EBaw4CAAECCyADKQMAIgVCgICAgBBaBEAgAkEBOgAoIAIgBTcDMCACQShqIAJBP2pByMnAABDMAQwDCyAFpyEBQQAhAwwDCyADKQMAIgVCgICAgBBaBEAgAkECOgAoIAIgBTcDMCACQShqIAJBP2pByMnAABDMAQwCCyAFpyEBQQAhAwwCCyADKwMAIQYgAkEDOgAoIAIgBjkDMCACQShqIAJBP2pByMnAABDLAQtBASEDIAEQ1wIhAQsgACABNgIEIAAgAzYCACACQUBrJAAL2QQBB38jAEEgayIHJAAgASABKAIUIgZBAWoiBTYCFEEBIQgCQCAFIAEoAhBPDQACQAJAIAEoAgwgBWotAABBK2sOAwECAAILQQAhCAsgASAGQQJqNgIUCyAHQQxqIAEQ+gECQAJAAn8gBy0ADEEBRgRAIAcoAhAMAQsgBy0ADUEBRgRAIActAA5BMGtB/wFxIgVBCkkNAiAHQQ02AhQgASAHQRRqEPcBIQEgAEEBNgIAIAAgATYCBAwDCyAHQQU2AhQgASAHQRRqEPcBCyEBIABBATYCACAAIAE2AgQMAQsgASgCFCIGIAEoAhAiCSAGIAlLGyEKIAEoAgwhCwNAAkAgBiAKRwRAIAYgC2otAABBMGtB/wFxIglBCkkNAQsgACABIAIgAwJ/IAhFBEAgBCAFayIAQR91QYCAgIB4cyAAIAAgBEggBUEASnMbDAELIAQgBWoiAEEfdUGAgICAeHMgACAFQQBIIAAgBEhzGwsQfQwCCyABIAZBAWoiBjYCFCAFQcyZs+YARyAJQQdLciAFQcuZs+YASnFFBEAgBUEKbCAJaiEFDAELCyMAQRBrIgUkACAAAn8gA0IAIAgbUARAIAEoAhQiBCABKAIQIgYgBCAGSxshBiABKAIMIQgDQAJAIAQgBkcEQCAEIAhqLQAAQTBrQf8BcUEKSQ0BCyAARAAAAAAAAAAARAAAAAAAAACAIAIbOQMIQQAMAwsgASAEQQFqIgQ2AhQMAAsACyAFQQ42AgQgACABIAVBBGoQ9wE2AgRBAQs2AgAgBUEQaiQACyAHQSBqJAALugMBA38CQAJAAkACQCACIANPBEAgA0UNBCABIANqIQIgA0EDTQRAA0AgASACTw0GIAJBAWsiAi0AAEEKRw0ADAULAAtBgIKECCACQQRrKAAAIgRBipSo0ABzayAEckGAgYKEeHFBgIGChHhHBEADQCABIAJPDQYgAkEBayICLQAAQQpHDQAMBQsACyADIAJBA3FrIQQgA0EJSQ0BA0ACQCAEQQhOBEBBgIKECCABIARqIgJBCGsoAgAiBkGKlKjQAHNrIAZyQYCBgoR4cUGAgYKEeEYNAQsgASAEaiECDAQLIARBCGshBEGAgoQIIAJBBGsoAgAiBkGKlKjQAHNrIAZyQYCBgoR4cUGAgYKEeEYNAAsMAgtBACADIAJBnILBABBjAAsgASAEaiECA0AgASACTw0DIAJBAWsiAi0AAEEKRw0ACwwBCwNAIAEgAk8NAiACQQFrIgItAABBCkcNAAsLIAIgAWtBAWohBQtBASECIAAgASAFaiIEIAFLBH9BACECA0AgASAET0UEQCACIAEtAABBCkZqIQIgAUEBaiEBDAELCyACQQFqBUEBCzYCACAAIAMgBWs2AgQLjwMBA38jAEEgayICJAAgAkEMaiABKAIAIgMQpQECQAJAAn8gAi0ADEEBRgRAIAIoAhAMAQsgAi0ADUEBRgRAIAItAA4iBEH9AEcNAiAAQQA7AQAMAwsgAkEDNgIUIAMgAkEUahDRAQshASAAQQE6AAAgACABNgIEDAELIAACfwJAAkACQCABLQAERQRAIARBLEcNASADIAMoAhRBAWo2AhQgAkEMaiADEKUBIAItAAwEQCAAIAIoAhA2AgQgAEEBOgAADAYLAkACQCACLQANQQFGBEAgAi0ADiIBQSJGDQEgAUH9AEYNAiACQRE2AhQMBgsgAkEFNgIUDAULIABBAToAAUEADAULIAJBFTYCFAwDCyABQQA6AAQgBEEiRg0BIAJBETYCFCADIAJBFGoQ0QEhASAAQQE6AAAgACABNgIEDAQLIAJBCDYCFCADIAJBFGoQ0QEhASAAQQE6AAAgACABNgIEDAMLIABBgAI7AQAMAgsgACADIAJBFGoQ0QE2AgRBAQs6AAALIAJBIGokAAvIAwEEfyMAQdAAayICJAAgAkEEaiABEKUBAkACQCACLQAEQQFGBEAgAigCCCEDDAELAkACQCACLQAFQQFGBEAgAi0ABkEiRw0BIAFBADYCCCABIAEoAhRBAWo2AhQgAkEEaiABQQxqIAEQOSACKAIIIQMgAigCBCIEQQJGDQMgAigCDCEFIARBAUYEQCACIAU2AiAgAiADNgIcIAJBBToAGCACQRhqIAJBzwBqQejJwAAQywEgARDXAiEDDAQLIAJBBGoiBCADIAUQYCAAAn8gAi0ABEELRwRAIAIgAigCFDYCKCACIAIpAgw3AyAgAiACKQIENwMYIAJBADYCSCACQoCAgIAQNwJAIAJBGGogAkFAa0GI28AAEEwNBCACIAIoAkg2AjggAiACKQJANwMwIAJBMGoQNCEBIAQQ0wIgACABNgIEQQEMAQsgACACKQANNwAJIAAgAikABTcAAUEACzoAAAwECyACQQU2AhggASACQRhqENEBIQMMAgsgASACQc8AakHoycAAEEcgARDXAiEDDAELQbDbwABBNyACQc8AakGg28AAQejbwAAQzwEACyAAQQE6AAAgACADNgIECyACQdAAaiQAC6MDAwJ/AX4BfCMAQUBqIgIkACACIAEQpQECQAJAAkACQAJ/IAItAABBAUYEQCACKAIEDAELIAItAAFBAUYEQCACLQACIgNBLUcNAiACQRBqIQMgASABKAIUQQFqNgIUIAJBCGogAUEAEE0gAikDCCIEQgNSDQMMBAsgAkEFNgIoIAEgAkEoahDRAQshASAAQQE2AgAgACABNgIEDAMLIANBMGtB/wFxQQpPBEAgASACQT9qQdjJwAAQRyABENcCIQEgAEEBNgIAIAAgATYCBAwDCyACQSBqIQMgAkEYaiABQQEQTSACKQMYIgRCA1ENAQsgAAJ/AkAgAAJ/AkACQAJAIASnQQFrDgIBAgALIAMrAwAhBSACQQM6ACggAiAFOQMwIAJBKGogAkE/akHYycAAEMsBDAILIAMpAwAhBAwCCyADKQMAIgRCAFkNASACQQI6ACggAiAENwMwIAJBKGogAkE/akHYycAAEMwBCyABENcCNgIEQQEMAQsgACAENwMIQQALNgIADAELIABBATYCACAAIAMoAgA2AgQLIAJBQGskAAugAwICfwN+IwBB4ABrIgMkACADQgA3AzAgA0IANwM4IAMgATcDKCADIAFC88rRy6eM2bL0AIU3AxggAyABQu3ekfOWzNy35ACFNwMQIAMgADcDICADIABC4eSV89bs2bzsAIU3AwggAyAAQvXKzYPXrNu38wCFNwMAIANBEDYCQCADIANBQGsiBEEEEHQgAyACQRAQdCADIAMpAxA3A1AgAyADKQMINwNIIAMgAykDADcDQCADIAMpAzAgAzUCOEI4hoQiBSADKQMYhTcDWCAEELoBIAMpA1AhACADKQNAIQcgAykDSCEGIAMpA1ghASADQeAAaiQAIAEgBkL/AYV8IgYgACAFIAeFfCIFIABCDYmFIgB8IgcgAEIRiYUiAEINiSAAIAFCEIkgBoUiACAFQiCJfCIBfCIFhSIGQhGJIABCFYkgAYUiACAHQiCJfCIBIAZ8IgeFIgZCDYkgAEIQiSABhSIAIAVCIIl8IgEgBnyFIgVCEYkgAEIViSABhSIAIAdCIIl8IgEgBXwiBUIgiYUgAEIQiSABhUIViYUgBYUL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEgAUELSRsiBGpBDGoQLSICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhBODAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQTgsgAEEIaiEDCyADC+0CAQZ/IwBBEGsiBSQAAkACQAJAAkACQAJAAkAgAkEBcQRAIAJBAXYhAwwBCyABLQAAIgNFDQEgASEEA0AgBEEBaiEEAkAgA8BBAEgEQCADQf8BcUGAAUYEQCAGIAQvAAAiA2ohBiADIARqQQJqIQQMAgsgBCADQQNxQQh4IghBBXRBgICAgARxIAhBB3RyQR12aiADQQF2QQJxaiADQQJ2QQJxaiEEIAZFIAdyIQcMAQsgBCADQf8BcSIDaiEEIAMgBmohBgsgBC0AACIDDQALQQAhAyAHIAZBEElxDQAgBkEBdCIDQQBIDQQLIAMNAQtBASEEQQAhAwwBCyADEC0iBEUNAgsgBUEANgIIIAUgBDYCBCAFIAM2AgAgBUHYp8AAIAEgAhBFRQ0CQYCowABB1gAgBUEPakHwp8AAQdiowAAQzwEACxCuAwALQQEQ8QIACyAAIAUoAgg2AgggACAFKQIANwIAIAVBEGokAAuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAAQRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABBEGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAgACgCHEECdEGElcEAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMMBAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgIIDwtBnJjBAEGcmMEAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0GgmMEAQaCYwQAoAgBBfiAAKAIcd3E2AgAL0wIBA38jAEEgayICJAAgAkEMaiABKAIAIgMQpQECQAJAAn8gAi0ADEEBRgRAIAIoAhAMAQsgAi0ADUEBRgRAIAItAA4iBEHdAEcNAiAAQQA7AQAMAwsgAkECNgIUIAMgAkEUahDRAQshASAAQQE6AAAgACABNgIEDAELAkACQCABLQAERQRAIARBLEcNASADIAMoAhRBAWo2AhQgAkEMaiADEKUBIAItAAwEQCAAIAIoAhA2AgQgAEEBOgAADAQLAkACQCACLQANQQFGBEAgAi0ADkHdAEcNAiACQRU2AhQMAQsgAkEFNgIUCyAAIAMgAkEUahDRATYCBEEBIQEMAwsgAEEBOgABQQAhAQwCCyABQQA6AAQgAEGAAjsBAAwCCyACQQc2AhQgAyACQRRqENEBIQEgAEEBOgAAIAAgATYCBAwBCyAAIAE6AAALIAJBIGokAAvAAgIEfwF+IwBBIGsiBiQAAn9BACADIAIgA2oiAksNABpBACEDIAZBFGohCAJAAkAgBa1BBCACIAEoAgAiCUEBdCIHIAIgB0sbIgIgAkEETRsiAq1+IgpCIIinDQAgCqciB0GAgICAeCAEa0sNAAJ/IAlFBEBBACEFIAZBHGoMAQsgASgCBCEIIAYgBDYCHCAFIAlsIQUgBkEYagsgBTYCAAJ/IAYoAhwEQCAGKAIYIgNFBEAgBkEIaiAEIAdBABDeASAGKAIIDAILIAggAyAEIAcQOwwBCyAGIAQgB0EAEN4BIAYoAgALIgUNASAGIAQ2AhQgBkEQaiEIIAchAwsgCCADNgIAIAYoAhAhAiAGKAIUDAELIAEgAjYCACABIAU2AgRBgYCAgHgLIQMgACACNgIEIAAgAzYCACAGQSBqJAAL3QIBCH8jAEEgayICJAAgACgCCCEFIAAoAgQhA0EBIQYgASgCAEGOtsAAQQEgASgCBCgCDBEAACEAIAUEQANAIAchCEEBIQcgAEEBcSEEQQEhAAJAIAQNAAJAIAEtAApBgAFxRQRAIAhBAXFFDQEgASgCAEHL4sAAQQIgASgCBCgCDBEAAEUNAQwCCyABKAIEIQQgASgCACEJIAhBAXFFBEAgCUHttMAAQQEgBCgCDBEAAA0CCyACQQE6AA8gAiAENgIEIAIgCTYCACACQfS0wAA2AhQgAiABKQIINwIYIAIgAkEPajYCCCACIAI2AhAgAyACQRBqEI0CBEAMAgsgAigCEEHotMAAQQIgAigCFCgCDBEAACEADAELIAMgARCNAiEACyADQQFqIQMgBUEBayIFDQALCyAARQRAIAEoAgBB77TAAEEBIAEoAgQoAgwRAAAhBgsgAkEgaiQAIAYL4AIBB38jAEEgayIDJAAgASgCACIBQQA6ABwCQCABKAIIQf////8HSQRAIAFBCGohByABKAIYIQYCQANAIAZFDQEgA0EIaiAHQfDIwAAQuAIgAygCDCEEIAMoAggiASgCDCIFBEAgASAFQQFrNgIMIAEgASgCCCIFQQFqIgggASgCACIJQQAgCCAJTxtrNgIIIAEoAgQgBUECdGooAgAhASAEIAQoAgBBAWo2AgAgASgCCA0EIAFBfzYCCAJAIAEoAgwiBEUNACABQQA6ABwgA0EANgIYIAMgAUEUaiIFNgIUIAMgBTYCECAEIANBEGogASgCECgCDBEBAA0AIAFBDGoiBBDLAiAEQQA2AgALIAEgASgCCEEBajYCCCABEOcCIAZBAWshBgwBCwsgBCAEKAIAQQFqNgIACyACEJ0DIABBADYCACADQSBqJAAPC0HgyMAAEK8CAAtB0MjAABCuAgALxAICBH8DfiMAQSBrIgQkACAEEOMBIAEgAS0APyIDaiIGQYABOgAAIAApAyAhByADQT9zIgUEQCAGQQFqQQAgBfwLAAsgA60iCEI7hiAHQgmGIgkgCEIDhoQiCEKA/gODQiiGhCAIQoCA/AeDQhiGIAhCgICA+A+DQgiGhIQgB0IBhkKAgID4D4MgB0IPiEKAgPwHg4QgB0IfiEKA/gODIAlCOIiEhIQhByAFQQdNBEAgACABEMcCIAFBAEE4/AsACyABIAc3ADggACABEMcCQQAhAyABQQA6AD8DQCADQSBGRQRAIAMgBGogACADaigCACIBQf+B/AdxQQh4IAFBGHhB/4H8B3FyNgAAIANBBGohAwwBCwsgAiAEKQAYNwAYIAIgBCkAEDcAECACIAQpAAg3AAggAiAEKQAANwAAIARBIGokAAu1AwEIfyMAQRBrIgckACABIAEoAhRBAWoiBTYCFCABKAIMIQggASgCECEJAkADQAJAAkACQAJAIAUgCUkEQCAFIAhqLQAAIgpBMGsiC0H/AXEiDEEKSQ0EIAYNASAHQQ02AgQgASAHQQRqENEBIQEgAEEBNgIAIAAgATYCBAwGCyAGBEAgBCAGaiEFDAILIAdBBTYCBCABIAdBBGoQ0QEhASAAQQE2AgAgACABNgIEDAULIAQgBmohBSAKQSByQeUARg0BCyAAIAEgAiADIAUQfQwDCyAAIAEgAiADIAUQUAwCCyAMQQVLIANCmbPmzJmz5swZUnIgA0KYs+bMmbPmzBlWcUUEQCABIAVBAWoiBTYCFCAGQQFrIQYgA0IKfiALrUL/AYN8IQMMAQsLIAQgBmohBSABKAIUIgQgASgCECIGIAQgBksbIQYgASgCDCEIAkACQAJAA0AgBCAGRg0BIAQgCGotAAAiCUEwa0H/AXFBCU0EQCABIARBAWoiBDYCFAwBCwsgCUEgckHlAEYNAQsgACABIAIgAyAFEH0MAQsgACABIAIgAyAFEFALCyAHQRBqJAAL8wIBBX8jAEEQayIDJAACQEHYmMEAKAIADQBB2JjBAEF/NgIAQeSYwQAoAgAiAUHgmMEAKAIAIgBGBEAgASEAAkAgAUHcmMEAKAIAIgJHDQDQb0GAASABIAFBgAFNGyIC/A8BIgBBf0YNAgJAQeiYwQAoAgAiBEUEQEHomMEAIAA2AgAMAQsgASAEaiAARw0DC0HcmMEAKAIAIgRB4JjBACgCACIAayACTwRAIAQhAgwBCyACIAAgAmoiAksNAiADQQRqIARB2JTBACgCACACQQQQbSADKAIEQQFGDQJB2JTBACADKAIINgIAQdyYwQAgAjYCAEHgmMEAKAIAIQALIAAgAk8NAUHYlMEAKAIAIABBAnRqIAFBAWo2AgBB4JjBACAAQQFqIgA2AgALIAAgAU0NAEHkmMEAQdiUwQAoAgAgAUECdGooAgA2AgBB2JjBAEHYmMEAKAIAQQFqNgIAQeiYwQAoAgAgA0EQaiQAIAFqDwsAC74CAQV/IwBBIGsiAyQAAkACQCACQSBGBEBBACECA0AgAkEgRg0CIAEgAmogAkEBaiECLQAAIgRBOmtB/wFxQfUBSyAEQecAa0H/AXFB+gFPcg0ACwsgAEEpNgIIIABBpN/AADYCBCAAQQM6AAAMAQsgA0IANwMQIANCADcDCEEAIQIgA0EIaiEEAkADQCACQSBGDQEgA0EYaiIFIAEgAmoiBi0AACACEKsBAkAgAygCGEGCgMQARw0AIAMtABwhByAFIAZBAWotAAAgAkEBahCrASADKAIYQYKAxABHDQAgBCADLQAcIAdBBHRyOgAAIARBAWohBCACQQJqIQIMAQsLIABBFDYCCCAAQc3fwAA2AgQgAEEDOgAADAELIAAgAykDEDcACSAAIAMpAwg3AAEgAEELOgAACyADQSBqJAALogICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIAdCP4ciBoUgBn0iBkLoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8ByJJBOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8ByJJBOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8ByJJBOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQDJkkE6AAALIAEgB0IAWUEBQQAgA0EMaiACakEUIAJrEEYgA0EgaiQAC7oCAQR/QR8hAiAAQgA3AhAgAUGAgIAISQRAIAFBJiABQQh2ZyIDa3ZBAXEgA0EBdHJBPnMhAgsgACACNgIcIAJBAnRBhJXBAGohBEEBIAJ0IgNBoJjBACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQaCYwQBBoJjBACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIAChDcDGCAEIARBCGqtQoCAgICAAoQ3AxBB9YLAACAEQRBqIAMQiwIACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGCAEIARBCGqtQoCAgICAAoQ3AxBB1IPAACAEQRBqIAMQiwIACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGAsgBCAEQQhqrUKAgICAgAKENwMQQY2EwAAgBEEQaiADEIsCAAuWAgEHfyMAQSBrIgIkACAAKAIAIgMgACgCCCIEayABSQRAAkAgASABIARqIgVLBH9BAAVBACEEIAJBFGohBkEIIAUgA0EBdCIBIAEgBUkbIgEgAUEITRsiAUEATgRAAn8gA0UEQEEAIQMgAkEcagwBCyAAKAIEIQQgAkEBNgIcIAJBGGoLIAM2AgACfyACKAIcBEAgAigCGCIDRQRAIAJBCGpBASABEPYCIAIoAggMAgsgBCADQQEgARA7DAELIAJBASABEPYCIAIoAgALIgMNAiACQQE2AhQgAkEQaiEGIAEhBAsgBiAENgIAIAIoAhAhASACKAIUCyABIQgQ8QIACyAAIAE2AgAgACADNgIECyACQSBqJAALywIBBH8jAEEgayIFJABBASEHAkAgAC0ABA0AIAAtAAUhCCAAKAIAIgYtAApBgAFxRQRAIAYoAgBBy+LAAEHgtMAAIAhBAXEiCBtBAkEDIAgbIAYoAgQoAgwRAAANASAGKAIAIAEgAiAGKAIEKAIMEQAADQEgBigCAEHjtMAAQQIgBigCBCgCDBEAAA0BIAMgBiAEEQEAIQcMAQsgCEEBcUUEQCAGKAIAQeW0wABBAyAGKAIEKAIMEQAADQELIAVBAToADyAFQfS0wAA2AhQgBSAGKQIANwIAIAUgBikCCDcCGCAFIAVBD2o2AgggBSAFNgIQIAUgASACEEMNACAFQeO0wABBAhBDDQAgAyAFQRBqIAQRAQAEQAwBCyAFKAIQQei0wABBAiAFKAIUKAIMEQAAIQcLIABBAToABSAAIAc6AAQgBUEgaiQAIAALlgICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIQYgB0LoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8ByJJBOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8ByJJBOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8ByJJBOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQDJkkE6AAALIAFBAUEBQQAgA0EMaiACakEUIAJrEEYgA0EgaiQAC58CAgJ/AX4gAAJ/AkACQAJAAkACQAJAIAIOAgABAgsgAEEAOgABQQEMBQsgAS0AACIDQStrDgMCAQIBCyABLQAAIQMLIAEgA0H/AXFBK0YiA2ohASACIANrIgJBCU8EQEEAIQMCQANAIAJFDQQgAS0AACEEIAOtQgp+IgVCIIinDQEgBEEwayIDQQpPDQMgAUEBaiEBIAJBAWshAiADIAMgBadqIgNNDQALIABBAjoAAUEBDAQLIARBMGtB/wFxQQpPDQEgAEECOgABQQEMAwtBACEDA0AgAkUNAiABLQAAQTBrIgRBCUsNASABQQFqIQEgAkEBayECIAQgA0EKbGohAwwACwALIABBAToAAUEBDAELIAAgAzYCBEEACzoAAAuJAgEHfyMAQRBrIgMkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIANBBmogAmoiBUEEayAAIgYgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwHIkkE7AAAgBUECayAHIAhB5ABsa0H//wNxQQF0LwHIkkE7AAAgAkEEayECIAZB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgA0EGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwHIkkE7AAALQQAgBCAAG0UEQCACQQFrIgIgA0EGamogAEEBdC0AyZJBOgAACyABQQFBAUEAIANBBmogAmpBCiACaxBGIANBEGokAAukAgEFfyMAQYABayIDJAAgASACQQR0QUBxaiEHIAEhBQNAIAUgB0ZFBEBBACEEA0AgBEHAAEZFBEAgAyAEIAVqEPQBIANBQGsgBGoiBiADKQAINwAIIAYgAykAADcAACAEQRBqIQQMAQsLIAMgA0FAa0HAAPwKAABBACEEA0AgBEHAAEZFBEAgAyAEaiIGIAZBCGoQ+wEgBEEQaiEEDAELCyAAIAMpAwAgAykDCBAyIAAgAykDECADKQMYEDIgACADKQMgIAMpAygQMiAAIAMpAzAgAykDOBAyIAVBQGshBQwBCwsgAkEDcUEEdCEEIAEgAkH8//8/cUEEdGohAQNAIAQEQCAAIAEQoQIgBEEQayEEIAFBEGohAQwBCwsgA0GAAWokAAu9AgEGfyMAQSBrIgIkACAAKAIAIQMCQAJAAkACQAJAIAAoAgQiAA4DBAIBAAtBASEEIAEoAgAiBUHE4sAAQQcgASgCBCIGKAIMIgcRAAANAiAAQQN0IQBBACEBA0AgAEUEQEEAIQQMBAsgAiADNgIcIAEEQCAFQcviwABBAiAHEQAADQQLIAJBBzYCECACIAJBHGo2AgwgBSAGQeuZwAAgAkEMahBFDQMgA0EIaiEDIAFBAWshASAAQQhrIQAMAAsACyACQRI2AhggAkESNgIQIAIgAzYCDCACIANBCGo2AhQgASgCACABKAIEQYeZwAAgAkEMahBFIQQMAQsgAkESNgIQIAIgAzYCDCABKAIAIAEoAgRB65nAACACQQxqEEUhBAsgAkEgaiQAIAQPC0Gm4sAAQQ5BtOLAABD5AgALiQIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhCeASAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALugIBAn8jAEEgayICJAAgAkEEaiABEKUBAkACQAJAAn8gAi0ABEEBRgRAIAIoAggMAQsgAi0ABUEBRgRAIAItAAZBIkcNAiABQQA2AgggASABKAIUQQFqNgIUIAJBEGogAUEMaiABEDkgAigCFCEDIAIoAhBBAkcNAyAAQYCAgIB4NgIAIAAgAzYCBAwECyACQQU2AhAgASACQRBqENEBCyEBIABBgICAgHg2AgAgACABNgIEDAILIAEgAkEfakHA4cAAEEcgARDXAiEBIABBgICAgHg2AgAgACABNgIEDAELIAJBBGogAyACKAIYELEBIAIoAgRBgICAgHhGBEAgAigCCCABENcCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgACACKAIMNgIIIAAgAikCBDcCAAsgAkEgaiQAC4ACAgN/AX4jAEEgayIFJABBASEHQQQhBgJAAkAgBK0gA61+IghCIIinDQAgCKciA0H8////B0sNAAJ/IAFFBEBBACEGIAVBHGoMAQsgBUEENgIcIAEgBGwhBiAFQRhqCyAGNgIAAn8gBSgCHARAIAUoAhgiAUUEQCAFQRBqQQQgAxDWAiAFKAIQIQYgBSgCFAwCCyACIAFBBCADEDshBiADDAELIAVBCGpBBCADENYCIAUoAgghBiAFKAIMCyAGRQRAIABBBDYCBEEIIQYMAgsgACAGNgIEQQAhB0EIIQYhAwwBC0EAIQMLIAAgBmogAzYCACAAIAc2AgAgBUEgaiQAC/oBAQN/IwBBEGsiAiQAIAAoAgAhAAJ/IAEtAAtBGHFFBEAgASgCACAAIAEoAgQoAhARAQAMAQsgAkEANgIMIAEgAkEMagJ/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQEgAEGAEEkEQCACIAM6AA0gAiABQcABcjoADEECDAILIABBDHYhBCABQT9xQYB/ciEBIABB//8DTQRAIAIgAzoADiACIAE6AA0gAiAEQeABcjoADEEDDAILIAIgAzoADyACIAE6AA4gAiAEQT9xQYB/cjoADSACIABBEnZBcHI6AAxBBAwBCyACIAA6AAxBAQsQOgsgAkEQaiQAC6kCAQV/IwBBIGsiAiQAQQEhAwJAIAAoAgAiBC0AAEEBRgRAIAEoAgAiAEHsqMAAQQQgASgCBCIGKAIMIgURAAANASAEQQFqIQQCQCABLQAKQYABcUUEQCAAQeq0wABBASAFEQAADQMgBCABEI0CDQMgASgCACEAIAEoAgQoAgwhBQwBCyAAQeu0wABBAiAFEQAADQIgAkEBOgAPIAIgBjYCBCACIAA2AgAgAkH0tMAANgIUIAIgASkCCDcCGCACIAJBD2o2AgggAiACNgIQIAQgAkEQahCNAg0CIAIoAhBB6LTAAEECIAIoAhQoAgwRAAANAgsgAEHutMAAQQEgBREAACEDDAELIAEoAgBB6KjAAEEEIAEoAgQoAgwRAAAhAwsgAkEgaiQAIAMLhAIBAn8jAEEgayIBJAAgAUEEaiAAEKUBAkAgAS0ABEEBRgRAIAEoAgghAAwBCyABLQAFQQFGBEACQCABLQAGIgJB3QBHBEAgAkEsRg0BIAFBFjYCFCAAIAFBFGoQ0QEhAAwDCyAAIAAoAhRBAWo2AhRBACEADAILIAAgACgCFEEBajYCFCABQQxqIAAQpQECQCABLQAMIgINACABLQANQQFHDQAgAS0ADkHdAEcNACABQRU2AhQgACABQRRqENEBIQAMAgsgAUEWNgIUIAAgAUEUahDRASEAIAJFDQEgASgCEBC1AQwBCyABQQI2AhQgACABQRRqENEBIQALIAFBIGokACAAC/IBAQZ/IAAoAgghBiAAAn9BASABQYABSSIDDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgcQZCAAKAIEIAAoAghqIQICQCADRQRAIAFBP3FBgH9yIQMgAUEGdiEEIAFBgBBJBEAgAiADOgABIAIgBEHAAXI6AAAMAgsgAUEMdiEFIARBP3FBgH9yIQQgAUH//wNNBEAgAiADOgACIAIgBDoAASACIAVB4AFyOgAADAILIAIgAzoAAyACIAQ6AAIgAiAFQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAYgB2o2AghBAAuAAgEDfyMAQSBrIgUkACAFIAQ2AgggBSADNgIEAn8CQCACRQ0AA0AgAkEBTQRAIAEgBkHoAGxqIgJB1ABqKAIAIAJB2ABqKAIAIAMgBBCmAkH/AXENAkEADAMFIAYgAkEBdiIHIAZqIgYgASAGQegAbGoiBkHUAGooAgAgBkHYAGooAgAgAyAEEKYCQf8BcUEBRhshBiACIAdrIQIMAQsACwALIAVBDTYCHCAFIAVBBGo2AhggBUEMakHKhcAAIAVBGGoQV0GrosAAQQ0gBSgCECIBIAUoAhQQ2wEhAiAFKAIMIAEQqgNBAQshASAAIAI2AgQgACABNgIAIAVBIGokAAu6AQECfyMAQbAFayIEJAAgACgCACAAQgA3AwBBAXEEQCAEIABBCGpB2AL8CgAAQQRBIBDpAiIAQQE6ABwgAEKCgICAEDcCAEEIQcAFEOkCIgMgBEGwBfwKAAAgA0EAOgC4BSADIAI2ArQFIAMgATYCsAUgAEEANgIIIAAgAEEIajYCGCAAQcDIwAA2AhQgAEGUpsAANgIQIAAgAzYCDBCWASAAEIcBIARBsAVqJAAPC0GkpsAAQTEQugMAC/IBAgN/AX4gACAAKAI4IAJqNgI4AkACQCAAKAI8IgRFBEAMAQsgAUEAQQggBGsiAyACIAIgA0sbEKkBIQYgACAAKQMwIAYgBEEDdK2GhCIGNwMwIAIgA08EQCAAIAApAxggBoU3AxggABC6ASAAQQA2AjwgACAAKQMAIAApAzCFNwMADAELIAIgBGohAQwBCyACIANrIgRBeHEhBQNAIAMgBU9FBEAgACABIANqKQAAIgYgACkDGIU3AxggABC6ASAAIAYgACkDAIU3AwAgA0EIaiEDDAELCyAAIAEgAyAEQQdxIgEQqQE3AzALIAAgATYCPAvuAQELfyMAQRBrIgQkAAJAIAEoAhAiBSABKAIIIglLDQAgAUEUaiIKIAEtABgiA2pBAWshCyABKAIEIQcgASgCDCECIANBBUkhDAJAAkADQCACIAVLDQMgBEEIaiALLQAAIAIgB2ogBSACaxCfASAEKAIIQQFHDQEgASACIAQoAgxqQQFqIgI2AgwgAiADSQ0AIAIgA2shCCACIAlLDQAgDEUNAiAHIAhqIAogAxDqAQ0ACyAAIAI2AgggACAINgIEQQEhBgwCCyABIAU2AgwMAQtBACADQQRBuMnAABBjAAsgACAGNgIAIARBEGokAAvgAQECfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGgMAgsgACgCACECQQkhAANAIAAgA2pBBmogAkEPcS0Az+VAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQdqQQkgAGsQRgwBCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQDSxUA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBGCyADQRBqJAAL9wEBAn8jAEEwayIDJAACQAJAAkAgAkEBa0H+AEsNACADIAI2AiQgA0EANgIgIAMgAjYCHCADIAE2AhggA0EBOgAsIANBLzYCFCADQS82AiggA0EIaiADQRRqEHUgAygCCEUNACADKAIMRQ0AIAIgAygCEEYNAANAIAJFDQIgAS0AACIEQTBrQf8BcUEKSSAEQV9xQcEAa0H/AXFBGklyRQRAIAMgBEG+0cAAQQQQnwEgAygCAEEBRw0CCyABQQFqIQEgAkEBayECDAALAAsgAEEmNgIIIABBmNHAADYCBCAAQQM6AAAMAQsgAEELOgAACyADQTBqJAAL9gECAn8CfiMAQRBrIgQkAAJAAkACQAJAAkACQAJAIAEoAhQiBSABKAIQSQRAIAEoAgwgBWotAAAiBUEuRg0BIAVBxQBGIAVB5QBGcg0CCyACRQ0CQgEhBgwFCyAEIAEgAiADQQAQXiAEKAIADQIMAwsgBCABIAIgA0EAEFAgBCgCAEUNAiAAIAQoAgQ2AgggAEIDNwMADAQLQgAgA30iB0IAUwRAQgIhBiAHIQMMAwsgA7q9QoCAgICAgICAgH+EIQMMAgsgACAEKAIENgIIIABCAzcDAAwCCyAEKQMIIQMLIAAgAzcDCCAAIAY3AwALIARBEGokAAvZAQECfyMAQRBrIgMkAAJ/AkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQaAwCCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQDP5UA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBGDAELIAAoAgAhAkEJIQADQCAAIANqQQZqIAJBD3EtANLFQDoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakEHakEJIABrEEYLIANBEGokAAv+AQECfyMAQYABayIFJAAgBUEMaiIGQQBBzAD8CwAgBSAENgJ8IAUgAzYCeCAFQRg2AnQgBSACNgJwIAVBATYCbCAFQdaawAA2AmggBUEQNgJkIAVBtNDAADYCYCAFQR82AlwgBUHE0MAANgJYIAEgBUHYAGoiAUEFIAZBzAAQPSAAIAUpACQ3ABggACAFKQAcNwAQIAAgBSkAFDcACCAAIAUpAAw3AAAgACAFKQAsNwBAIAAgBSgANDYASCAAIAUpADg3ACAgACAFKQBANwAoIAAgBSkASDcAMCAAIAUpAFA3ADggBSABNgJcIAUgBjYCWCABEKkCIAVBgAFqJAAL0wEBBX9BCiEEIAIhAwJAA0AgA0HnB00EQAJAIANBCUsNAAwDCwUgASAEaiIFQQRrIAMgA0GQzgBuIgNBkM4AbGsiBkH7KGxBE3YiB0EBdC8ByJJBOwAAIAVBAmsgB0Gcf2wgBmpBAXQvAciSQTsAACAEQQRrIQQMAQsLIAEgBEECayIEaiADIANB+yhsQRN2IgNBnH9sakEBdC8ByJJBOwAAC0EAIAIgAxtFBEAgASAEQQFrIgRqIANBMHI6AAALIABBCiAEazYCBCAAIAEgBGo2AgAL6gEBB38jAEEgayIBJAAgAUEYahCMAiIFQeegwABBBhCCAyICEPIBIAFBEGogASgCGCABKAIcENICAkAgASgCEEEBRwRAIAIhAwwBCyABKAIUIQMgAhCdAwJAIAMQuwMNACADELwDDQAgAUEIaiADQe2gwABBBhCCAyIEEPIBIAEgASgCCCABKAIMENICIAEoAgQhAiABKAIAIAQQnQNBAUcNAAJAIAIQuwMNACACELwDDQAgAiUBEAEiBEEARyEHIAQNAgsgAhCdAwsLIAMQnQMgBRCdAyAAIAI2AgQgACAHNgIAIAFBIGokAAvOAQICfAJ/IwBBEGsiByQAIAO6IQUgAAJ/AkACQAJAA0AgBCAEQR91IghzIAhrIghBtAJNBEAgCEEDdCsDkOZAIQYgBEEATg0CIAUgBqMhBQwECyAFRAAAAAAAAAAAYQ0DIARBAEgEQCAEQbQCaiEEIAVEoMjrhfPM4X+jIQUMAQsLDAELIAUgBqIiBZlEAAAAAAAA8H9iDQELIAdBDjYCBCAAIAEgB0EEahD3ATYCBEEBDAELIAAgBSAFmiACGzkDCEEACzYCACAHQRBqJAALzwEBBH9B+AAgAWsiBEEAIARB+ABNGyEFIAFBAXQgAGpBIGshBEEAIQACQAJAA0AgAEEIRg0BIAAgAWoiA0EQayIGQfcASw0CIAAgBUcEQCAEQSBqIgMgBC8BACADLwEAIgMgAkEPcXYgA0EAIAJrQQ9xdHJBkSJxcyIDQQJ0QcyZA3EgA0EBdEHu3QNxcyADQQN0QYiRAnFzIANzOwEAIABBAWohACAEQQJqIQQMAQsLIANB+ABB4NrAABDlAQALDwsgBkH4AEHQ2sAAEOUBAAvWAQEEfyMAQRBrIgQkAAJAQYABIAAtAH8iA2siBSACTQRAIABBgAFqIQYgAwRAIAQgASACIAVBrMrAABCVAiAEKAIMIQIgBCgCCCEBIAQoAgQiBQRAIAAgA2ogBCgCACAF/AoAAAsgBiAAQQEQqwIgAEEAOgB/CyACQQd2IgMEQCAGIAEgAxCrAgsgACACQf8AcSIDOgB/IANFDQEgACABIAJBgP///wdxaiAD/AoAAAwBCyACBEAgACADaiABIAL8CgAACyAAIAIgA2o6AH8LIARBEGokAAvFAQECfyAAQYABTwRAIAFBBBBkIAEoAggiAyABKAIEaiECIAECfyAAQYAQSQRAIAIgAEEGdkHAAXI6AABBAgwBCyAAQf//A00EQCACIABBDHZB4AFyOgAAIAIgAEEGdkE/cUGAAXI6AAFBAwwBCyACIABBEnZB8AFyOgAAIAIgAEEGdkE/cUGAAXI6AAIgAiAAQQx2QT9xQYABcjoAAUEECyIBIANqNgIIIAEgAmpBAWsgAEE/cUGAAXI6AAAPCyABIAAQsAILxAECBH4EfyMAQSBrIgYkACAGIAFBrwJqIgdBHG4iCEEEdCIJKQOQj0EiBSAHIAhBHGxrQQN0KQOojUEiBBCtASAGQRBqIAkpA4iPQSICIAQQrQEgBikDGCACIAR+IgMgBikDCHwiAiADVK18IgNCAFkEQCADQgGGIAJCP4iEIQMgAkIBhiAEIAV+Qj+IhCECCyAAIAM3AwAgACACIAFBpQJqIgBBA3ZB/P///wFxKAL4kUEgAHZBAXGtfTcDCCAGQSBqJAAL0gEBB38jAEEQayICJAAgACgCBCIGIAAoAggiAWohBCAAKAIAIAFrIgVB8P///wdxIQcCQCAFQQR2IgFFDQAgAUEEdCEDIAQhAQNAIANFDQEgAkIANwMIIAJCADcDACABIAIpAwg3AAggASACKQMANwAAIANBEGshAyABQRBqIQEMAAsACyAEIAdqIQMgBUEPcSEBA0AgAQRAIANBADoAACABQQFrIQEgA0EBaiEDDAELCyACIAQ2AgQgAiAGNgIAIAIQqQIgAEEANgIIIAJBEGokAAvSAQEFfyMAQRBrIgQkAAJAIAIoAgBBAUYEQCACKAIEIQMgAigCCCEFAkADQCADRQ0BIARBCGogASADIAUQ1QJBACEDIAQoAggiBkUNAAsgBCgCDCEDIAJBADYCBAwCCyACQgA3AgALAkAgAigCDCIDRQ0AIAIoAhAhBwNAIAMgB0YNASACIANBMGoiBTYCDCAEIAEgAyADQShqKAIAENUCIAUhAyAEKAIAIgZFDQALIAQoAgQhAwwBC0EAIQYLIAAgAzYCBCAAIAY2AgAgBEEQaiQAC9UBAQN/IwBBIGsiAiQAIAJBCGogASgCCCIEIAEoAgAgASgCBCIDQfiDwQAQqAICQCACKAIMQQNNBEAgASADNgIIIAJBBDYCFCAAIAEgAkEUahDtAQwBCyACKAIIIQMgASAEQQRqNgIIIAMtAANBAXQuAbz5QCADLQACQQF0LgG8/UAgAy0AAUEBdC8BvPlAIAMtAABBAXQvAbz9QHLBQQh0cnIiA0EASARAIAJBDDYCFCAAIAEgAkEUahDtAQwBCyAAQQA7AQAgACADOwECCyACQSBqJAAL4AECA38BfiMAQSBrIgMkACADQQhqIABB6JrAABC4AgJAIAMoAggiACgCAARAIAAoAgxBAkcNASADKAIMIQQgACkCACEGIABBADYCACADIAAoAgg2AhggAyAGNwMQIANBEGoQ6wIgACgCDCAAQRBqIgUoAgAQngMgBSACNgIAIAAgATYCDCAAKAIUIQEgAEEANgIUIAAoAhghACAEIAQoAgBBAWo2AgAgAQRAIAAgASgCBBECAAsgA0EgaiQADwtB+JrAAEHBAEGYm8AAEIsCAAtBqJvAAEE7QcibwAAQiwIAC90BAgN/AX4jAEEQayIDJAACQAJAAkBBASABKAIAIgJBAmsgAkEBTRtBAWsOAgIBAAsgASkCACEFIAFBBDYCACAFQiCIpyECIAWnIgRBAkYEQCADQQhqIAIRAgAgAygCCCECIAEgAygCDDYCBCABIAI2AgAgAkECSQ0CQbbHwABBKEHgx8AAEPkCAAsgBEEBTQRAIAQgAhCmAwtBtsfAAEEoQfDHwAAQ+QIACxCyAwALIAJBAUcEf0EABSABKAIEEMoCIQFBAQshAiAAIAE2AgQgACACNgIAIANBEGokAAu9AwIJfwFvIwBBEGsiBiQAIAZBCGpBxJTBACgCACIHQQhqQYDJwAAQuAIgBigCDCEIIAYoAggiASgCDCIDIAEoAgAiAkYEQCABKAIAIQMjAEEQayICJAAgAkEIaiABIAEoAgBBAUEEEJQBIAIoAggiBEGBgICAeEcEQCACKAIMGiAEEPECAAsgAkEQaiQAAkAgASgCCCIEIAMgASgCDCIFa00NACADIARrIgIgBSACayIFSyABKAIAIgkgA2sgBU9xRQRAIAkgAmshAyACQQJ0IgIEQCABKAIEIgUgA0ECdGogBSAEQQJ0aiAC/AoAAAsgASADNgIIDAELIAVBAnQiAkUNACABKAIEIgQgA0ECdGogBCAC/AoAAAsgASgCACECIAEoAgwhAwsgASADQQFqNgIMIAEoAgQgASgCCCADaiIBIAJBACABIAJPG2tBAnRqIAA2AgAgCCAIKAIAQQFqNgIAIActABwhACAHQQE6ABwCQCAADQBB0JTBAC0AAEUEQEHIlMEAKAIAJQFBzJTBACgCACUBECIhChBfIgAgCiYBIAAQnQMMAQtBzJTBACgCACUBECMLIAZBEGokAAvPAQEFf0EEIQcjAEEQayIFJAACQAJAAkAgASgCACIEIAJPBEACfyAERQRAIAVBDGohBkEADAELIAVBBDYCDCABKAIEIQggBUEIaiEGIAMgBGwLIQQgBiAENgIAIAUoAgwiBEUNAiAFKAIIIQYgAkUEQCAIIAYQhQMMAgsgCCAGIAQgAiADbCIDEDsiBw0BDAMLQeOMwQBByQBBiI3BABCLAgALIAEgAjYCACABIAc2AgQLQYGAgIB4IQQLIAAgAzYCBCAAIAQ2AgAgBUEQaiQAC/IBAgZ/AW8jAEEQayIDJABBBEEoEOkCIgJBADYCICACQQI2AhggAkIANwIIIAJCgoCAgBA3AgBBBEEEEOkCIgEgAjYCACABQfycwAAQgQMhBCACIAIoAgBBAWoiATYCACABRQRAAAtBBEEEEOkCIgEgAjYCACABQeicwAAQgQMiBiEBIAAlASAEJQEgASUBEAAhBxBfIgEgByYBIAEQnQMgA0EIaiACQQhqQdiawAAQuAIgAygCDCEFIAMoAggiARDrAiABIAY2AgggASAENgIEIAFBATYCACAFIAUoAgBBAWo2AgAgABCdAyADQRBqJAAgAgu6AQAgACABQrvxtjR+QiiIQvCx//8PfiABfCIBQvsofkITiEL/gICA8A+DQpz/A34gAXwiAULnAH5CCohCj4C8gPCBwAeDQvYBfiABfCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgE3AwAgAEHGACABQgGGQgGEeadrQQN2NgIIC8UBAQR/IwBBIGsiACQAIABBGGpBpJTBABCGAUEBIQICfyAAKAIYQQFGBEAgACgCHAwBCyAAQRBqQbSUwQAQhgEgACgCECECIAAoAhQLIQFBASEDIAJBAUcEQCAAQQhqQZyUwQAQhgEgACgCCCEDIAAoAgwhAQtBASECIANBAUcEQCAAQayUwQAQhgEgACgCACECIAAoAgQhAQtBgAghAwJAIAJBAUcNACABELsDRQRAIAEhAwwBCyABEJ0DCyAAQSBqJAAgAwvGAQEBfyMAQRBrIgskACAAKAIAIAEgAiAAKAIEKAIMEQAAIQEgC0EAOgANIAsgAToADCALIAA2AgggC0EIaiADIAQgBSAGEGUgByAIIAkgChBlIQEgCy0ADSICIAstAAwiA3IhAAJAIANBAXEgAkEBR3INACABKAIAIgAtAApBgAFxRQRAIAAoAgBB8LTAAEECIAAoAgQoAgwRAAAhAAwBCyAAKAIAQaTKwABBASAAKAIEKAIMEQAAIQALIAtBEGokACAAQQFxC6oBAQJ/IwBBIGsiBiQAIAZBCGogAiAFakEgakEBQQEQ4gEgBkEANgIcIAYgBikDCDcCFCAGQRRqIgdB8ZnAAEEOEJYCIAcgASACEJYCIAYoAhwiASAGKAIURgRAIAcQvwELIAYoAhggAWpBADoAACAGIAFBAWo2AhwgBkEUaiIBIANBEBCWAiABIAQgBRCWAiAAIAYoAhw2AgggACAGKQIUNwIAIAZBIGokAAueAQECfyMAQSBrIgEkACABQQxqIAAQpQECfyABLQAMQQFGBEAgASgCEAwBCyABLQANQQFGBEACQCABLQAOIgJB/QBHBEAgAkEsRg0BIAFBFjYCFCAAIAFBFGoQ0QEMAwsgACAAKAIUQQFqNgIUQQAMAgsgAUEVNgIUIAAgAUEUahDRAQwBCyABQQM2AhQgACABQRRqENEBCyABQSBqJAALtwECA38BbyMAQfACayIFJAAgACAAKAIAQQFqIgY2AgAgBgRAIAVBCGogAkEBQQEQ4gEgBSgCDCEGIAUoAgghByACBEAgBiABIAL8CgAACyAFIAQ6AOkCIAVBADoA6AIgBSACNgLkAiAFIAY2AuACIAUgBzYC3AIgBSAANgLYAiAFIAM2AtACIAVCATcDECAFQRBqIgBB8KXAABACIQgQXyIBIAgmASAAEPcCIAVB8AJqJAAgAQ8LAAu0AQEFfyMAQRBrIgMkACADQQhqIAFBCGpB2KbAABC4AiADKAIIIgEoAgwhBCADKAIMIQUgAUECNgIMAkAgBEECRwRAIAEoAhAhAQwBCyADIAIoAgQgAigCACgCABEDACADKAIEIQIgAygCACEGIAEoAhQiBwRAIAEoAhggBygCDBECAAsgASACNgIYIAEgBjYCFAsgBSAFKAIAQQFqNgIAIAAgATYCBCAAIAQ2AgAgA0EQaiQAC4wBAQN/IwBBEGsiAyQAQQMhAiAAQf8BcSIEQQpPBEBBASECIAMgACAEQeQAbiIAQeQAbGtB/wFxQQF0LwHIkkE7AA4LQQAgBCAAQf8BcSIAG0UEQCACQQFrIgIgA0ENamogAEEBdC0AyZJBOgAACyABQQFBAUEAIANBDWogAmpBAyACaxBGIANBEGokAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC6ABAgF/AX4jAEEQayIFJAAgAAJ/AkACQAJAIAStIAGtfiIGQiCIpw0AIAanIgRBgICAgHggA2tLDQAgBA0BIAAgAzYCCCAAQQA2AgRBAAwDCyAAQQA2AgQMAQsgBUEIaiADIAQgAhDeASAFKAIIIgIEQCAAIAI2AgggACABNgIEQQAMAgsgACAENgIIIAAgAzYCBAtBAQs2AgAgBUEQaiQAC5oBAQF/IwBBEGsiBSQAAn9BACADIAIgA2oiAksNABogBUEEaiABKAIAIgMgASgCBEEEIAIgA0EBdCIDIAIgA0sbIgIgAkEETRsiAyAEEG0gBSgCBEEBRgRAIAUoAgwhAiAFKAIIDAELIAUoAgghAiABIAM2AgAgASACNgIEQYGAgIB4CyEDIAAgAjYCBCAAIAM2AgAgBUEQaiQAC5oBAQF/IwBBEGsiAiQAIAJBCGogARClASAAAn8CQCACLQAIQQFGBEAgAigCDCEBDAELAkAgAi0ACUEBRgRAIAItAApB7gBGDQELIAIgARBPIAIoAgAgACACKAIENgIEQQFqDAILIAEgASgCFEEBajYCFCABQfjJwABBAxCYASIBDQBBAAwBCyAAIAE2AgRBAgs2AgAgAkEQaiQAC/IBAgJ/AX4jAEEQayIAJAACQAJAAkBBAUHQlMEALQAAIgFBAmsgAUEBTRtB/wFxQQFrDgICAQALQcyUwQApAgAhAkHQlMEAQQQ6AAAgACACNwMIIABBxJTBACkCADcDACAALQAMQQJGBEAgACAAKAIAEQIAQcyUwQAgACkCCDcCAEHElMEAIAApAgA3AgBB0JTBAC0AAEECSQ0CQbbHwABBKEHgx8AAEPkCAAsgAC0ADEEBTQRAIAAoAgAQ5gIgACgCBBCdAyAAKAIIIgAQywMgABCdAwtBtsfAAEEoQfDHwAAQ+QIACxCyAwALIABBEGokAAulAQEEfyMAQRBrIgMkACADQQA2AgwgA0KAgICAEDcCBCADQQRqQSAQZEGAgMQAIQIDQAJAAkAgAkGAgMQARwRAQYCAxAAhBQwBCyAEQRBGDQEgASAEaiAEQQFqIQQtAAAiAkEPcS0Az+VAIQUgAkEEdi0Az+VAIQILIANBBGogAhDaASAFIQIMAQsLIAAgAygCDDYCCCAAIAMpAgQ3AgAgA0EQaiQAC4wBAQF/IwBBIGsiAyQAAn8CQAJAA0BBACACRQ0DGiADQQxqIAAQ+gEgAy0ADA0CIAMtAA1BAUcNASADLQAOIAEtAABGBEAgAUEBaiEBIAJBAWshAgwBCwsgA0EJNgIUIAAgA0EUahD3AQwCCyADQQU2AhQgACADQRRqEPcBDAELIAMoAhALIANBIGokAAuNAQEEfyMAQRBrIgMkACADEP0BIAEoAhAiBSABKAIMaiIEQf+B/AdxQQh4IARBGHhB/4H8B3FyIQQDQCACQRBGRQRAIAIgA2ogAkEMRwR/IAEgAmooAgAFIAQLNgAAIAJBBGohAgwBCwsgACADKQAINwAIIAAgAykAADcAACABIAVBAWo2AhAgA0EQaiQAC5ABAQN/IwBBIGsiBCQAIARBFGogAiADEEAgAAJ/IAQoAhRBAUYEQCAEKAIYIQYgBEEIaiABEIECIAQoAgwhBSAEKAIIIQEQmgIiAiABNgIMIAJBDzYCACACIAUgBiADa2oiA0EAIAMgBU0bNgIQQQAMAQsgBCgCHCECIAQoAhgLNgIAIAAgAjYCBCAEQSBqJAALoQEBA38jAEEQayIBJAACfyAALQAAIgJBAksEQEHencAAIQJBCQwBCyACQQJ0IgMoAqinQCECIAMoApynQAshAyABQQA2AgggAUKAgICAEDcCACAAIAFB0KTAABBMBEBBsNvAAEE3IAFBD2pB6KTAAEHo28AAEM8BAAsgASgCACACIAMgASgCBCICIAEoAggQ2wEhAyACEKoDIAFBEGokACADC40BAQR/IwBBEGsiAiQAAn9BASABKAIAIgNBJyABKAIEIgUoAhAiAREBAA0AGiACIAAoAgBBgQIQNwJAIAItAA0iAEGBAU8EQCADIAIoAgAgAREBAEUNAUEBDAILIAMgAiACLQAMIgRqIAAgBGsgBSgCDBEAAEUNAEEBDAELIANBJyABEQEACyACQRBqJAALjgEBAX8jAEEQayIFJAACQCAAIAEgAhC5ASICDQAgBUEIaiIBIAAoAgAiACgCABCfAyABENwCIgINACAAKAIAIQACfyADQQFGBEAgBCAAEPYBDAELIABBuPnAAEEEEJYCIAVBBDoACCAFQQhqENwCCyICDQAgBUEEOgAIIAVBCGoQ3AIhAgsgBUEQaiQAIAILhgEBA38jAEEQayIDJAAgAiABIAJqIgFLBEBBABDxAgALIANBBGogACgCACICIAAoAgRBCCABIAJBAXQiAiABIAJLGyIBIAFBCE0bIgEQsgEgAygCBEEBRgRAIAMoAgggAygCDCEFEPECAAsgAygCCCECIAAgATYCACAAIAI2AgQgA0EQaiQAC54DAQd/IwBBEGsiCCQAAkAgA0EHTQRAIAFB/wFxIQVBACEBA0AgASADRgRAIAMhAQwDCyAFIAEgAmotAABGBEBBASEEDAMFIAFBAWohAQwBCwALAAsgCEEIaiEJAkACQAJAIAIgAkEDakF8cSIERwRAIAQgAmshBUEAIQQgAUH/AXEhB0EBIQYDQCACIARqLQAAIAdGDQQgBSAEQQFqIgRHDQALIAUgA0EIayIGSw0CDAELIANBCGshBgsgAUH/AXFBgYKECGwhBANAQYCChAggAiAFaiIHKAIAIARzIgprIApyQYCChAggB0EEaigCACAEcyIHayAHcnFBgIGChHhxQYCBgoR4Rw0BIAVBCGoiBSAGTQ0ACwsCQCADIAVGDQAgAyAFayEDIAIgBWohAkEAIQQgAUH/AXEhAQNAIAEgAiAEai0AAEcEQCAEQQFqIgQgA0cNAQwCCwsgBCAFaiEEQQEhBgwBC0EAIQYLIAkgBDYCBCAJIAY2AgAgCCgCDCEBIAgoAgghBAsgACAENgIAIAAgATYCBCAIQRBqJAALfgEBfyMAQSBrIgEkACABQQxqIAAQpQECfyABLQAMQQFGBEAgASgCEAwBCyABLQANQQFGBEAgAS0ADkE6RgRAIAAgACgCFEEBajYCFEEADAILIAFBBjYCFCAAIAFBFGoQ0QEMAQsgAUEDNgIUIAAgAUEUahDRAQsgAUEgaiQAC4IBAgF/AX4CQAJAIAGtIAOtfiIFQiCIpw0AIAIgBaciAWpBAWsiBCABSQ0AIANBCGoiAyAEQQAgAmtxIgRqIgEgA0kNAUGAgICAeCACayABTwRAIAAgBDYCCCAAIAE2AgQgACACNgIADwsgAEEANgIADwsgAEEANgIADwsgAEEANgIAC54BAQF/IwBBEGsiAiQAIAJBBGogARBZAkAgAi0ABEEBRgRAIAAgAigCCDYCBCAAQYGAgIB4NgIADAELIAItAAVFBEAgAEGAgICAeDYCAAwBCyACQQRqIAEoAgAQbCACKAIEQYCAgIB4RwRAIAAgAigCDDYCCCAAIAIpAgQ3AgAMAQsgACACKAIINgIEIABBgYCAgHg2AgALIAJBEGokAAuOAQEBfyMAQRBrIgIkACACQQhqIAEQWQJAIAItAAhBAUYEQCAAIAIoAgw2AgQgAEEDNgIADAELIAItAAlFBEAgAEECNgIADAELIAJBCGogASgCABCVASACKAIIIgFBAkcEQCAAIAIoAgw2AgQgACABNgIADAELIAAgAigCDDYCBCAAQQM2AgALIAJBEGokAAt9AAJAIAMgBEsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIARFDQAgAiAETQRAIAIgBEYNAQwCCyABIARqLAAAQb9/TA0BCyAAIAQgA2s2AgQgACABIANqNgIADwsgASACIAMgBCAFEKEDAAt/AQZ/IAEoAhQiAiABKAIQIgMgAiADSxshBSABKAIMIQYDQCACIANJBEAgAiAGai0AACEECwJAIAIgBUYNACAEQQlrIgdBF0tBASAHdEGTgIAEcUVyDQAgASACQQFqIgI2AhQMAQsLIAAgBDoAAiAAQQA6AAAgACACIANJOgABC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABBl5zAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQRqNgIADwsgAEEbNgIIIABByIzBADYCBCAAQQA2AgAPCwALigEBAX8jAEEQayICJAAgAkEIaiABEFkCQCACLQAIQQFGBEAgACACKAIMNgIEIABBAjYCAAwBCyACLQAJRQRAIABBADYCAAwBCyACIAEoAgAQTyACKAIEIQEgAigCAEEBcUUEQCAAIAE2AgQgAEEBNgIADAELIABBAjYCACAAIAE2AgQLIAJBEGokAAuWAQECfyMAQTBrIgIkACACQQhqIAEQWQJAIAItAAhBAUYEQCAAQYGAgIB4NgIYIAAgAigCDDYCAAwBCyACLQAJRQRAIABBgICAgHg2AhgMAQsgAkEIaiIDIAEoAgAQNSACKAIgQYCAgIB4RwRAIAAgA0Eo/AoAAAwBCyAAQYGAgIB4NgIYIAAgAigCCDYCAAsgAkEwaiQAC3ACAX8BfkEEIQMCfiACQQRJBEBBACEDQgAMAQsgACABajUAAAshBCACIANBAXJLBEAgACABaiADajMAACADQQN0rYYgBIQhBCADQQJyIQMLIAIgA0sEfiAAIAEgA2pqMQAAIANBA3SthiAEhAUgBAsLkAEBA38jAEEQayEBQSAhAgNAIAJBkAJGRQRAIAFCADcDACAAIAJqIgMgASkDADcAACABQgA3AwggAyABKQMINwAIIAJBEGohAgwBCwsgAUIANwMAIAAgASkDADcAACABQgA3AwggACABKQMINwAIIAFCADcDACAAIAEpAwA3ABAgAUIANwMIIAAgASkDCDcAGAuGAQEBfwJAIAFBwQBrQf8BcUEGTwRAIAFB4QBrQf8BcUEGSQ0BIAFBMGsiA0H/AXFBCk8EQCAAIAI2AgQgACABQf8BcTYCAA8LIABBgoDEADYCACAAIAM6AAQPCyAAQYKAxAA2AgAgACABQTdrOgAEDwsgAEGCgMQANgIAIAAgAUHXAGs6AAQLfwECfyABQQ9qIQIgACABQQF0aiEAQRAhAQJAAkADQCABRQ0BIAJBCGsiA0H3AEsNAiACQfgASQRAIAAgAWoiA0EOaiADQQJrLwEAOwEAIAFBAmshASACQQFrIQIMAQsLIAJB+ABBwNrAABDlAQALDwsgA0H4AEGw2sAAEOUBAAtiAQR+IAAgAkL/////D4MiAyABQv////8PgyIEfiIFIAQgAkIgiCICfiIEIAMgAUIgiCIGfnwiAUIghnwiAzcDACAAIAMgBVStIAIgBn4gASAEVK1CIIYgAUIgiIR8fDcDCAsDAAALkAECAn8BfiMAQcAHayIDJAADQCACQcAHRkUEQCACIANqIAEzAQAiBEKAoICAgAJ+IARCgYCACH6EQo+AvIDwgcAHgyIEQogEfkKQoMCAgYKEiBCDIARCwQB+QoGChIiQoMCAAYOEQg9+NwMAIAJBCGohAiABQQJqIQEMAQsLIAAgA0HAB/wKAAAgA0HAB2okAAt1AQJ/IAEgAqdxIQNBCCEEA38gACADaikAAEKAgYKEiJCgwIB/gyICUAR/IAMgBGogAXEhAyAEQQhqIQQMAQUgACADIAJ6p0EDdmogAXEiA2osAABBAE4EfyAAKQMAQoCBgoSIkKDAgH+DeqdBA3YFIAMLCwsLeQECfyMAQRBrIgMkAAJAAkAgAgRAIANBCGpBASACEPYCIAMoAggiBA0BQQEQ8QIACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAQQA2AgggACAENgIEIAAgAjYCACACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtjAQF/An8gA0EASARAQQEhAUEEDAELAn8CfyABBEAgAiABQQEgAxA7DAELIAMQLQsiBEUEQCAAQQE2AgRBAQwBCyAAIAQ2AgRBAAshASADIQRBCAsgAGogBDYCACAAIAE2AgALpgECBH8Bb0EgEPMCIgFCADcCFCABQoCAgIDAADcCDCABQgE3AgQgAUEAOgAcEIwCIgIlARAZIQUQXyIDIAUmASADJQEQGiEEIAMQnQMgAhCdA0GACCUBEBshBRBfIgMgBSYBIAFBAjYCAEEEEPMCIgIgATYCACACQfDGwAAQgQMhAiAAIARBAEc6AAwgACACNgIIIAAgAzYCBCAAIAE2AgBBgAgQnQMLAwAAC3wBBn8CQAJAAkAgACgCAA4CAAECCyAAKAIIIgFFDQEgACgCBCABEIUDDAELIAAtAARBA0cNACAAKAIIIgEoAgQiAygCACICBEAgASgCACACEQIACyADKAIEIgIEQCABKAIAIAMoAgghBiACEIUDCyABQQwQ0AELIAAQwwMLegEFfwJAAkACQCAAKAIADgIAAQILIAAoAgQgAEEIaigCABCFAwwBCyAALQAEQQNHDQAgACgCCCIBKAIEIgMoAgAiAgRAIAEoAgAgAhECAAsgAygCBCICBEAgASgCACADKAIIIQUgAhDQAQsgAUEMENABCyAAQRQQ0AELbAEDfyMAQSBrIgMkACAAIAEgAkEEdhBpIAJBD3EiBARAIANBEGoiBRD9ASADQQhqIAUgBEG8ysAAEIgCIAMoAgggAygCDCABIAJB8P///wdxaiAEQczKwAAQuQIgACAFQQEQaQsgA0EgaiQAC5MBAAJAAkACQAJAIAAtAOgBQQNrDgIAAQMLIAAoAvABEOICDAELIAAoAowCEOICIAAoAogCEJ0DIAAoAoQCEJ0DIAAoAoACEJ0DIAAoAvQBIABB+AFqKAIAEKoDIAAoAvABEJ0DCyAAKALkARCdAyAAKALgARCdAyAAQZQBahCtAiAAKAKIASAAQYwBaigCABCqAwsLdAEEfyMAQRBrIgMkACAAKAIAIQUgAC0ABEEBRwRAIAUoAgBBp8rAAEEBEJYCCyADQQQ6AAgCQCADQQhqIgYQ3AIiBA0AIABBAjoABCAFKAIAIAEgAhClAiIEDQAgA0EEOgAIIAYQ3AIhBAsgA0EQaiQAIAQLZgEFfiAAIAApAxgiAUIQiSABIAApAwh8IgGFIgIgACkDECIDIAApAwB8IgRCIIl8IgU3AwAgACACQhWJIAWFNwMYIAAgASADQg2JIASFIgJ8IgEgAkIRiYU3AxAgACABQiCJNwMIC4QBAgJ/AW8jAEEQayIEJAAQowMiBSUBIAIgAxAEIAElASAFJQEQBSEGEF8iASAGJgEgASEDIARBCGoQxQJBACECIAQoAghBAUYEQCAEKAIMQZShwABBB0GmpMAAQSMQ2wEhAxCdA0EBIQILIAUQnQMgACADNgIEIAAgAjYCACAEQRBqJAALXgECfyAAAn8gAULIAFoEQCABp0E4ayICIAJBkIABbiICQZCAAWxrIgNBEEkEQCAAQQA6AARBAQwCCyAAIAOtIAJBDnStfEIQfTcDCEEADAELIABBADoABEEBCzYCAAt9AwF/AX4BfCMAQRBrIgMkAAJAAkACQAJAIAAoAgBBAWsOAgECAAsgACsDCCEFIANBAzoAACADIAU5AwgMAgsgACkDCCEEIANBAToAACADIAQ3AwgMAQsgACkDCCEEIANBAjoAACADIAQ3AwgLIAMgASACEMsBIANBEGokAAt7AQJ/IwBBEGsiAyQAQYCVwQBBgJXBACgCACIEQQFqNgIAAkAgBEEASA0AAkBB5JTBAC0AAEUEQEHglMEAQeCUwQAoAgBBAWo2AgBB/JTBACgCAEEATg0BDAILIANBCGogACABEQMAAAtB5JTBAEEAOgAAIAJFDQAACwALaQEFfyMAQRBrIgEkACABQQRqIAAoAgAiAiAAKAIEQQggAkEBdCICIAJBCE0bIgIQsgEgASgCBEEBRgRAIAEoAgggASgCDCEFEPECAAsgASgCCCEDIAAgAjYCACAAIAM2AgQgAUEQaiQAC14BAX8jAEEQayIEJAACfyAARQRAQQAhACAEQQxqDAELIAQgAjYCDCAAIANsIQAgBEEIagsgADYCAAJAIAQoAgwiAEUNACAEKAIIIgJFDQAgASACENABCyAEQRBqJAALZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIoAhARAwAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQaiQADwtBhMfAAEEyELoDAAtXAQJ/A0AgAkEQRkUEQCAAIAJqIgEgAS8BACIBIAEgAUECdnNBoCZxIgFBAnRzIAFzIgEgASABQQF2c0HQoAFxIgFBAXRzIAFzOwEAIAJBAmohAgwBCwsLAwAAC2kBAX8jAEEQayIEJAAgBCACQRAQxwEgBCADQRh4Qf+B/AdxIANB/4H8B3FBCHhyNgIMIAQgBEEMakEEEJYCIABB3MrAAEEGIAEgBCgCBCIAIAQoAggQjQEgBCgCACAAEKoDIARBEGokAAthAQJ/IwBBEGsiBCQAAkAgACABQQQQuQEiAQ0AIARBCGoiBSAAKAIAIgAoAgAQuAMgBRDcAiIBDQAgACgCACACIAMQpQIiAQ0AIARBBDoACCAFENwCIQELIARBEGokACABC2EBAX8jAEEQayIFJAACQCAAIAEgAhC5ASICDQAgBUEIaiIBIAAoAgAiACgCABCfAyABENwCIgINACAAKAIAIAMgBBClAiICDQAgBUEEOgAIIAEQ3AIhAgsgBUEQaiQAIAILYAEDfyMAQRBrIgMkACADQQhqIAJBAUEBEOIBIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQACwMAAAsDAAALAwAACxAAIAAgASACQayFwAAQzgMLEAAgACABIAJBjYXAABDOAwtYAQJ/IwBBEGsiBCQAAn8gAEUEQEEAIQAgBEEMagwBCyAEIAI2AgwgACADbCEAIARBCGoLIAA2AgAgBCgCDCIABEAgBCgCCCEFIAEgBRCFAwsgBEEQaiQAC18BBH8gASgCACIDIAEoAggiAksEQCABKAIEIQQCQCACRQRAQQEhBSAEIAMQhQMMAQsgBCADQQEgAhA7IgUNAEEBEPECAAsgASAFNgIECyAAIAI2AgQgACABKAIENgIAC1wBAX8jAEEgayIFJAAgBSABNgIEIAUgADYCACAFIAM2AgwgBSACNgIIIAUgBUEIaq1CgICAgKABhDcDGCAFIAWtQoCAgICwAYQ3AxBBlofAACAFQRBqIAQQiwIAC10BAn8CQCAAQQRrKAIAIgJBeHEiA0EEQQggAkEDcSICGyABak8EQCACQQAgAyABQSdqSxsNASAAED8PC0HIi8EAQS5B+IvBABD5AgALQYiMwQBBLkG4jMEAEPkCAAtiAgJ/AX4jAEEQayICJAAgAkEIaiAAKAIMIAAoAhAiAyAAKAIUQQFqIgAgAyAAIANJGxBRIAIpAwghBBCaAiIAIAQ3AgwgACABKAIINgIIIAAgASkCADcCACACQRBqJAAgAAtdAQF/IwBBEGsiBCQAIAEEQCAEQQhqIAEgAyACKAIQEQQAIAQoAgwhASAAIAQoAggiAjYCBCAAIAFBACACQQFxGzYCACAEQRBqJAAPCyADEJ0DQYTHwABBMhC6AwALagEBfwJAAkACQAJAAkACQCAALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQbDIwAAQrwILAAtfAQR/IwBBEGsiAiQAIAJBBGogAUEBQQFBARCTASACKAIIIQMgAigCBEEBRgRAIAIoAgwhBSADEPECAAsgAigCDCEEIAAgATYCCCAAIAQ2AgQgACADNgIAIAJBEGokAAtbAQN/IwBBEGsiAiQAIAIQggIDQCADQRBGRQRAIAIgA2oiBCABKQAINwAIIAQgASkAADcAACADQRBqIQMMAQsLIAAgAikACDcACCAAIAIpAAA3AAAgAkEQaiQAC1IBAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQZCABIAAoAgQgACgCCGoQkgEgACACIANqNgIIQQALcAEBfwJAIABBhAhPBEAgANBvJgFB2JjBACgCAA0BIABB6JjBACgCACIBSQ0BIAAgAWsiAEHgmMEAKAIATw0BQdiUwQAoAgAgAEECdGpB5JjBACgCADYCAEHkmMEAIAA2AgBB2JjBAEEANgIACw8LAAtaAQF/IwBBEGsiAiQAIAACfyABKAIAQYCAgIB4RgRAIAEoAgQhAUEBDAELIAJBCGogARCDAiACKAIIIQEgACACKAIMNgIIQQALNgIAIAAgATYCBCACQRBqJAALXAEBfyMAQSBrIgQkACAEIAE2AgQgBCAANgIAIAQgAzYCDCAEIAI2AgggBEERNgIcIARBEjYCFCAEIARBCGo2AhggBCAENgIQQc6EwAAgBEEQahDnASAEQSBqJAALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxBkIAEgACgCBCAAKAIIahCSASAAIAIgA2o2AggLcQICfwFvIwBBEGsiBCQAIAIgAxAGIQYQXyICIAYmASACQcmkwABBBBCCAyEFIAAgARCCAyEAIAIlASAFJQEgACUBEAcaIARBCGoQxQIgBCgCCEEBRgRAIAQoAgwQnQMLIAAQnQMgBRCdAyAEQRBqJAALWwEBfyMAQSBrIgIkACACQcDYwAA2AgwgAiABNgIIIAIgADYCBCACQQ82AhwgAkEQNgIUIAIgAkEIajYCGCACIAJBBGo2AhBB7oTAACACQRBqEOcBIAJBIGokAAtYAQN/IwBB0ABrIgEkAANAIAJBwABGRQRAIAFBQGsQ/QEgASACaiIDIAEpAEg3AAggAyABKQBANwAAIAJBEGohAgwBCwsgACABQcAA/AoAACABQdAAaiQAC1QAAkAgAkUNACADRQRAIAIgARDqAiEBDAELIAIQLSIBRQRAQQAhAQwBCyABQQRrLQAAQQNxRSACRXINACABQQAgAvwLAAsgACACNgIEIAAgATYCAAtOAQF/IwBBIGsiBCQAIAQgAyABEK0BIARBEGogAyACEK0BIAAgBCkDGCIBIAQpAwB8IgI3AwggACAEKQMIIAEgAlatfDcDACAEQSBqJAALVQEBfwJAAkAgACgCACAAKAIIIgNrIAJJBEAgACADIAIQngEgACgCCCEDDAELIAJFDQELIAJFDQAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAtOAAJAIANFDQACQCACIANNBEAgAiADRw0BDAILIAEgA2osAABBv39KDQELIAEgAiADIAIgBBChAwALIAAgAiADazYCBCAAIAEgA2o2AgALVAECfyMAQRBrIgQkACAEQQRqIAFBACACIAMQkwEgBCgCCCEBIAQoAgRBAUYEQCAEKAIMIQUgARDxAgALIAAgBCgCDDYCBCAAIAE2AgAgBEEQaiQAC1IBAn8jAEEgayEBA0AgAkEgRkUEQCABIAJqQQA6AAAgAkEBaiECDAELCyAAIAEpABg3ABggACABKQAQNwAQIAAgASkACDcACCAAIAEpAAA3AAALRwEDf0EBIQMDQCACQSBGRQRAIAEgAmotAAAgACACai0AAHMiBEEAIARrcsBBAE4QhwMgA3EhAyACQQFqIQIMAQsLIAMQhwMLUQEBfyMAQSBrIgMkACADIAE2AgwgAyAANgIIIAMgA0EIaq1CgICAgIAChDcDGCADIANBDGqtQoCAgICAAoQ3AxBBnYPAACADQRBqIAIQiwIAC1MBAn8jAEEQayICJAACQCABKAIIIgMgASgCBEkEQCAAQQA6AAAgACABKAIAIANqLQAAOgABDAELIAJBBDYCBCAAIAEgAkEEahDuAQsgAkEQaiQAC0IBAX8jAEEQayICJAACQCABQQFxBEAgAkEEaiAAIAFBAXYQsQEMAQsgAkEEaiAAIAEQVwsgAkEEahA0IAJBEGokAAtCAQJ/IwBBEGsiAiQAIAAgARCgASIDBH9BAQUgAkEIaiABEE8gAigCDCEDIAIoAggLNgIAIAAgAzYCBCACQRBqJAALTQEDfyAAKAIEIgNBHGohASAAKAIIIQIDQCACBEAgAUEEaygCACABKAIAEKoDIAJBAWshAiABQTBqIQEMAQsLIAAoAgAgA0EIQTAQzQELQwEDfwJAIAJFDQADQCAALQAAIgQgAS0AACIFRgRAIABBAWohACABQQFqIQEgAkEBayICDQEMAgsLIAQgBWshAwsgAwvjAQECfyMAQRBrIgMkACAAEMwDIQQgAyACNgIMIAMgBDYCCCACIARHBEAjAEEQayIBJAAgASADQQxqNgIMIAEgA0EIajYCCCMAQTBrIgAkACAAQdC0wAA2AgQgACABQQhqNgIAIABB0LTAADYCDCAAIAFBDGo2AgggAEECNgIUIABBjLbAADYCECAAIABBCGqtQoCAgICgAYQ3AyggACAArUKAgICAoAGENwMgIAAgAEEQaq1CgICAgLABhDcDGEGBhsAAIABBGGpBgMjAABCLAgALIAEgAiAAJQEQICADQRBqJAALUwIBfwF+IwBBEGsiAyQAIANBCGogARCBAiADKQMIIQQQmgIiASAENwIMIAAgATYCBCAAQQI2AgAgASACKAIINgIIIAEgAikCADcCACADQRBqJAALUwIBfwF+IwBBEGsiAyQAIANBCGogARCBAiADKQMIIQQQmgIiASAENwIMIAAgATYCBCAAQQE7AQAgASACKAIINgIIIAEgAikCADcCACADQRBqJAALUwIBfwF+IwBBEGsiAyQAIANBCGogARCBAiADKQMIIQQQmgIiASAENwIMIAAgATYCBCAAQQE6AAAgASACKAIINgIIIAEgAikCADcCACADQRBqJAALSgEBfwJAAkAgAkUEQEEBIQMMAQsgAhAtIgNFDQEgAkUNACADIAEgAvwKAAALIAAgAjYCCCAAIAM2AgQgACACNgIADwtBARDxAgALQAECfwNAIAJBEEZFBEAgACACaiIBIAEvAQAiASABIAFBAnZzQbDgAHEiAUECdHMgAXM7AQAgAkECaiECDAELCwtKAQJ/IwBBEGsiAiQAIAEoAgBBpsrAAEEBEJYCIAJBBDoACCAAQQNBASACQQhqENwCIgMbOgAEIAAgAyABIAMbNgIAIAJBEGokAAtUAgJ/AW8jAEEQayIDJAAgASUBIAIlARAhIQUQXyIBIAUmASADQQhqEMUCIAMoAgwhAiAAIAMoAghBAXEiBDYCACAAIAIgASAEGzYCBCADQRBqJAALTwECfyAAKAIEIQIgACgCACEDAkAgACgCCCIALQAARQ0AIANBzMXAAEEEIAIoAgwRAABFDQBBAQ8LIAAgAUEKRjoAACADIAEgAigCEBEBAAtEAQJ/IwBBEGshAwNAIAJBEEZFBEAgAiADaiABIAJqLQAAOgAAIAJBAWohAgwBCwsgACADKQAINwAIIAAgAykAADcAAAtIAQF/IwBBEGsiAiQAIAIgACgCACIAQQRqNgIMIAFBl4DAAEEJQaCAwABBCyAAQQNBq4DAAEEJIAJBDGpBBBCMASACQRBqJAALQAEBfyMAQUBqIgIkACACQQhqIAJBGGogABB7IAEgAigCCCACKAIMEJYCIAJBBDoAECACQRBqENwCIAJBQGskAAtKAgF/AX4jAEEQayICJAAgAkEIaiAAQQxqEIECIAIpAwghAxCaAiIAIAM3AgwgACABKAIINgIIIAAgASkCADcCACACQRBqJAAgAAtcAAJAAkACQCAALQDQAg4EAQICAAILIAAQuAEgACgCvAIQnQMgACgCqAIgAEGsAmooAgAQqgMLIAAoAsACEOUCIAAoAsQCIABByAJqKAIAEKoDIAAoArgCEJ0DCws7AQF/IwBBEGsiAiQAIAFB/wFxBH8gAEGkysAAQQEQlgIgAkEEOgAIIAJBCGoQ3AIFQQALIAJBEGokAAtEAQN/IAAgASgCFCICIAEoAhAiA0kEfyABIAJBAWo2AhQgASgCDCACai0AAAVBAAs6AAIgAEEAOgAAIAAgAiADSToAAQtAAQN/QQchAgNAIAJBf0cEQCAALQAAIQMgACABIAJqIgQtAAA6AAAgBCADOgAAIABBAWohACACQQFrIQIMAQsLC0MBAX8jAEEQayICJAAgAiAAQQxqNgIMIAFBgIDAAEENQY2AwABBBSAAQQFBkoDAAEEFIAJBDGpBAhCMASACQRBqJAALPgECfyMAQRBrIQIDQCABQRBGRQRAIAEgAmpBADoAACABQQFqIQEMAQsLIAAgAikACDcACCAAIAIpAAA3AAALOgEDfwNAIAJBEEcEQCAAIAJqIgMoAAAhBCADIAEgAmoiAygAADYAACADIAQ2AAAgAkEEaiECDAELCwtHAgF/AX4jAEEQayICJAAgAkEIaiAAEIECIAIpAwghAxCaAiIAIAM3AgwgACABKAIINgIIIAAgASkCADcCACACQRBqJAAgAAs6AQF/AkAgAWlBAUcNACABQQAgAEGAgICAeCABa00bIgJFDQAgAARAIAAgAhDqAiIBRQ0BCyABDwsAC0IBAX8jAEEQayICJAAgAkEIaiABKAIAIAEoAgQgASgCCBBRIAIoAgwhASAAIAIoAgg2AgAgACABNgIEIAJBEGokAAtEAgF/An4jAEEgayIBJAAgAUEQahD9ASABIAEpABgiAjcDCCABIAEpABAiAzcDACAAIAI3AAggACADNwAAIAFBIGokAAs/AQF/IwBBIGsiAiQAIAIgASgCCDYCGCACIAEpAgA3AxAgAkEIaiACQRBqEM4BIAAgAikDCDcDACACQSBqJAALDQAgACABIAJBABDSAwsNACAAIAEgAkEBENIDCw4AIAAgAUHVmcAAENEDCw4AIAAgAUHBmcAAENEDCz4BAX8jAEEQayIEJAAgBEEIakEAIAIgAUEQIAMQlAIgBCgCDCEBIAAgBCgCCDYCACAAIAE2AgQgBEEQaiQACzkBAX8jAEEQayIBJAAgAC0AAARAIAEgAEHBAGo2AgwgASAAQQFqNgIIIAFBCGoQqQILIAFBEGokAAs2AAJAIANpQQFHDQAgA0EAIAFBgICAgHggA2tNGyIDRQ0AIAAgASADIAIQOyIARQ0AIAAPCwAL3AECAX8BfiMAQSBrIgMkACADIAE2AhAgAyAANgIMIANBATsBHCADIAI2AhggAyADQQxqNgIUIwBBEGsiASQAIANBFGoiACkCACEEIAEgADYCDCABIAQ3AgQjAEEQayIAJAAgAUEEaiIBKAIAIgIoAgQiA0EBcQRAIAIoAgAhAiAAIANBAXY2AgQgACACNgIAIAEoAggiAS0ACCECIAEtAAkaIABBxgAgAhC+AQALIABBgICAgHg2AgAgACABNgIMIAEoAggiAS0ACCECIAEtAAkaIABBxwAgAhC+AQALXgEBfwJAAkACQAJAQbyUwQAoAgBBAWsOAgIBAAtBvJTBAEECNgIAQcCUwQBBwJTBACgCABEIACIANgIAQbyUwQBBATYCAAwCCxCyAwALQcCUwQAoAgAhAAsgABDKAgvvAQECfyABKAIIIgJBgICAEHFFBEAgAC0AACEAIAJBgICAIHFFBEAgACABEJEBDwsjAEEQayIDJABBAyECA0AgAiADakEMaiAAQQ9xQdLFwABqLQAAOgAAIAJBAWshAiAAQQR2QQ9xIgANAAsgAUEBQdDFwABBAiACIANqQQ1qQQMgAmsQRiADQRBqJAAPCyAALQAAIQIjAEEQayIDJABBAyEAA0AgACADakEMaiACQQ9xQc/lwABqLQAAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQ1qQQMgAGsQRiADQRBqJAALPwEBfwJAIAAEQCAAQQhrIgAoAgAhAiAAEOMCIAFFIAJBAUdxDQEPC0HIjMEAQRsQugMAC0HYm8AAQT8QugMACzsBAX8gAC0AFCEBIABBAToAFAJAIAFFBEAgAEEIayIAIAAoAgBBAWoiATYCACABRQ0BIAAQyQMLDwsACzIBAX8gACACEGQgACgCCCEDIAIEQCAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEACzgBAX8jAEEQayIDJAAgAyABKAIANgIMIAMgA0EMaiIBIAIQhAIgARCEAyAAQQA2AgAgA0EQaiQACzgBAX8jAEEQayIDJAAgAyABKAIANgIMIAMgA0EMaiIBIAIQhQIgARCEAyAAQQA2AgAgA0EQaiQACzYBAn8jAEFAaiECA0AgAUHAAEZFBEAgASACakEAOgAAIAFBAWohAQwBCwsgACACQcAA/AoAAAsxACABIAJLIAIgBEtyRQRAIAAgAiABazYCBCAAIAEgA2o2AgAPCyABIAIgBCAFEGMACzkAIAIgA0kEQEGN3MAAQRMgBBCLAgALIAAgAzYCBCAAIAE2AgAgACACIANrNgIMIAAgASADajYCCAswAQF/IAAgAhBkIAAoAgghAyACBEAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AggLOgIBfwF+IwBBEGsiASQAIAFBCGpBgAFBAUEBEOIBIAEpAwghAiAAQQA2AgggACACNwIAIAFBEGokAAs4AAJAIAJBgIDEAEYNACAAIAIgASgCEBEBAEUNAEEBDwsgA0UEQEEADwsgACADIAQgASgCDBEAAAs3AQF/IwBBEGsiAyQAIAMgASgCACIBNgIMIAMgA0EMaiACEFwgARDmAiAAQQA2AgAgA0EQaiQACzEBAn8jAEEQayIAJAAgAEEIakEEQRQQ9gIgACgCCCIBRQRAELcDAAsgAEEQaiQAIAELMgECfwNAIAJBwABGRQRAIAAgAmoiAyADKQMAIAEgAmopAwCFNwMAIAJBCGohAgwBCwsLMQECfwNAIAJBEEZFBEAgACACaiIDIAMvAQAgASACai8BAHM7AQAgAkECaiECDAELCwspAQF+IABCAloEfiAAQn8gAHlCP4UiAXkgAXyGIgFCf4V8IAGDBSAACws2ACAAIAAvAQBBf3M7AQAgACAALwECQX9zOwECIAAgAC8BCkF/czsBCiAAIAAvAQxBf3M7AQwLNgECfyABKAIIIQMgASgCBCECIAEoAgBBAUcEQCACIAMQhQNBACECCyAAIAM2AgQgACACNgIACwMAAAszAQF/IwBBEGsiAiQAIAIgARD0ASACIAJBCHIQ+wEgACACKQMAIAIpAwgQMiACQRBqJAALNQECfwJAIABFDQAgASgCACICBEAgACACEQIACyABKAIEIgJFDQAgASgCCCEDIAAgAhCFAwsL4jMCEn8DfiMAQRBrIg8kACMAQcAFayIGJAAgBkHIAGogACABEKUDIAZBADYCUCAGIAYoAkwiCzYCWCAGIAYoAkgiDTYCVCAGQUBrIAIgAxClAyAGQQA2AlwgBiAGKAJEIhU2AmQgBiAGKAJAIgw2AmACQCAEBEAgBkE4aiAEIAUQpQMgBigCOCEDAkAgBigCPCICQYCAgIB4RgRAIAZBgICAgHg2AnAgBiADNgJsIAZBgYCAgHg2AmgMAQsgBiACNgJwIAYgAzYCbCAGIAI2AmggAkGBgICAeEcNAgsgBkEwaiECIAZB6ABqIgAoAgghASAAKAIEIQMCQAJAAkAgACgCACIAQYCAgIB4aw4CAQIACyAAIAMQqgMLQQAhAwsgAiABNgIEIAIgAzYCACAGKAIwIQMgBigCNCECIAZBKGogBkHcAGoQnwIgBigCKCEBIAYoAiwhACAGQSBqIAZB0ABqEJ8CIAYoAiAiBSABIAUbIgQgAyAEGyIBQQEgARsgBigCJCAAIAUbIAIgBBtBACABGxC6AwALQYCAgIB4IQIgBkGAgICAeDYCaAsCQCAGAn8CQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCALQYiyiSJNBEAgBkGQAmogDSALED4gBkGcAmohASAGKQKUAiEYIAYoApACIgBBgICAgHhGBEAgBiAYNwLEAyAGIAEpAgA3AswDIAYgASgCCDYC1AMMDgsgBiABKQIIIhk3A4AFIAYgASkCACIaNwP4BCAGIBo3A9AEIAYgGTcD2AQgBigCrAIhByAGIBg3AqQDIAYgADYCoAMCQAJAAkACQAJAAkAgB0EEaiIJIAtLBEBBJiEIQfrOwAAhAAwBCyAHIAtPDQUgB0EBaiIFIAtPDQQgB0ECaiIEIAtPDQMgB0EDaiIBIAtPDQJBMCEIQcrOwAAhACAHIA1qLQAAIAUgDWotAABBCHRyIAQgDWotAABBEHRyIAEgDWotAABBGHRyIgFB/4H8B3FBCHggAUEYeEH/gfwHcXIiBUHIoYgCSw0AIAZBkAJqIgQgBa0QvAEgBigCkAIgBBD4Ag0AIAsgBSAJaiIAQSBqRg0BQc4AIQhB/M3AACEACyAGIAg2AswDIAYgADYCyAMgBkEDOgDEAyAGQaADahDwAgwSCyAGQZwCaiAJIA1qIAUQxwEgBkIANwOQBSAGQgA3A4gFIAZCADcDgAUgBkIANwP4BCAGQRhqIAAgDSALQdzNwAAQqAIgBkH4BGpBICAGKAIYIAYoAhxB7M3AABC5AiAGIAYoAqgDNgKYAiAGIAYpAqADNwOQAiAGIAYpA/gENwLEAiAGIAYpA4AFNwLMAiAGIAYpA4gFNwLUAiAGIAYpA5AFNwLcAiAGQagCaiANIAsQxwEgBiAGKQPYBDcCvAIgBiAGKQPQBDcCtAIgBkHAA2oiBSAGQZACaiIEQdQA/AoAACAGIAA2ApQEIAZBxANqIAYoAsADIgFBgICAgHhGDRIaIAYoAsQDIQAgBkH8AGogBkHIA2pB0AD8CgAAIAYgADYCeCAGIAE2AnQCQCACQYCAgIB4RwRAIAYgBikCoAE3A8gDIAYgBikCmAE3A8ADIAQgBRCXASAGKAKUAiEAIAIgBigCmAJHDQEgAyAAIAIQ6gENASAGKAKQAiAAEKoDIAIgAxCqAwsgFUEgRwRAIAZBCjYC0AMgBkH818AANgLMAyAGIBU2AsgDIAZChICAgIAENwLAA0Gfo8AAQQdB0aPAAEEuENsBIQcgBkHAA2oQ0wIMEQsgBiAMLQACOgDOASAGIAwvAAA7AcwBIAYgDCgAAzYAzwEgBiAMKAAHNgDTASAGIAwoAAs2ANcBIAwoAA8hACAGIAwoABM2AN8BIAYgADYA2wEgBiAMLQAfOgDrASAGIAwpABc3AOMBIAYoAsgBIgMgBigClAEiAE0EQCAGKAKQASEIIAZCADcD2AMgBkIANwPQAyAGQgA3A8gDIAZCADcDwAMgBkHMAWpB3M/AAEEBIAZBwANqIgBBIBA9IAYgBikD2AM3A7gDIAYgBikD0AM3A7ADIAYgBikDyAM3A6gDIAYgBikDwAM3A6ADIAAQkwIgBiAGKQO4AzcD2AMgBiAGKQOwAzcD0AMgBiAGKQOoAzcDyAMgBiAGKQOgAzcDwAMgBkGQAmogAEHAAPwKAABBACECA0AgAkHAAEcEQCAGQZACaiACaiIAIAAtAABBNnM6AAAgAkEBaiECDAELCyAGQgA3A/AEQQAhAiAGQdjgwAApAwA3A+gEIAZB0ODAACkDADcD4AQgBkHI4MAAKQMANwPYBCAGQcDgwAApAwA3A9AEIAZB0ARqIAZBkAJqQQEQ7AIDQCACQcAARwRAIAZBkAJqIAJqIgAgAC0AAEHqAHM6AAAgAkEBaiECDAELCyAGQgA3A5gFIAZB2ODAACkDADcDkAUgBkHQ4MAAKQMANwOIBSAGQcjgwAApAwA3A4AFIAZBwODAACkDADcD+AQgBkH4BGoiACAGQZACaiICQQEQ7AIgBkHoA2ogAEEo/AoAACAGQcADaiIBIAZB0ARqQSj8CgAAIAZB0AJqIgAgAUHQAPwKAAAgBkEAOgDPAiAGQaADahCtAgJAIANBP00EQCADBEAgAiAIIAP8CgAACyAGIAM6AM8CDAELIAAgCCADQQZ2EOwCIAYgA0E/cSIAOgDPAiAARQ0AIAZBkAJqIAggA0HA////B3FqIAD8CgAACyAGQcADaiIEIAZBkAJqQZAB/AoAACAGQdAEaiIAEOMBIAZB+ARqIgEQ4wEgBkGABGogBCABEF0gBkEgOgD/AyAGIAYpAJAFNwPYAyAGIAYpAIgFNwPQAyAGIAYpAIAFNwPIAyAGIAYpAPgENwPAAyAGQagEaiAEIAAQXUEAIQIgAUEAQcAA/AsAIAQgAUHAAPwKAAAgBiAGKQDQBDcDoAMgBiAGKQDYBDcDqAMgBiAGKQDgBDcDsAMgBiAGKQDoBDcDuAMDQCACQSBHBEAgBkHAA2ogAmogBkGgA2ogAmotAAA6AAAgAkEBaiECDAELCyAGIAYpANgDNwOIAiAGIAYpANADNwOAAiAGIAYpAMgDNwP4ASAGIAYpAMADNwPwASAGIAZBwANqIgA2AsQDIAYgBkGgA2o2AsADIAAQqQIgBkHwAWogBkGoAWoQ5AFB/wFxRQRAQQAhAgwPCyAGQfgEakGUzcAAQQggBkGYAWoiFkEBQQAQjQEgBigCgAUhASAGKAL8BCEEIAZBkAJqIgAgBigChAEgBigCiAEQxwEgBkHAA2ogBkHMAWogBCABIAAQMCAGLQDAAyICQQtHBEAgBiAGLQDDAzoA7gEgBiAGLwDBAzsB7AEgBigCxAMhAyAGKALIAyEIIAYpAswDIRggBigCkAIgBigClAIQqgMgBigC+AQgBBCqAwwPCyAGIAYoApgCIgU2AqgDIAYgBigClAIiATYCpAMgBiAGKAKQAjYCoAMgBigC+AQgBBCqA0EDIQIgBUEESQRAQerTwAAhA0EwIQgMDgtBv9PAACEDQSshCCABKAAAIgBB/4H8B3FBCHggAEEYeEH/gfwHcXIiBEGAgIACSyAEIAVBBGtLcg0NQZTTwAAhAyAEQQRqIgCtEJ0CIAWtUg0NIAZBEGogACABIAVBhNPAABCoAiAGKAIUIQcgBigCECEAA0AgBwRAIAdBAWshByAALQAAIQkgAEEBaiEAIAlFDQEMDwsLIAZBADYC1AMgBiAENgLQAyAGIAFBBGo2AswDIAZBgAE6ANgDIAZBADYCyAMgBkKAgICAEDcCwAMgBkH4BGogBkHAA2oQpQEgBi0A+ARBAUYEQCAGKAL8BCEADAwLAkACQAJAIAYtAPkEQQFGBEAgBi0A+gQiAEHbAEYNASAAQfsARg0CQYCAgIB4IQEgBkHAA2oiACAGQb8FakHw4cAAEEcgABDXAiEADBALIAZBBTYCkAIgBkHAA2ogBkGQAmoQ0QEhAAwOCyAGIAYtANgDQQFrIgA6ANgDAkAgAEH/AXEEQCAGIAYoAtQDQQFqNgLUAyAGQQE6APwEIAYgBkHAA2o2AvgEIAZBkAJqIAZB+ARqEKcBIAYoApQCIQBBgICAgHghAgJAAn8CQAJAAkAgBigCkAIOAwEABAALIAZBkAJqIgEgBkH4BGoQWQJAIAYtAJACQQFHBEAgBi0AkQJBAUcNAyABIAYoAvgEEDEgBigCkAIiAkGAgICAeEcNAQsgBigClAIMAwsgBigCmAIhCCAAIQMgBigClAIhAAwDC0EAQbTZwAAQ3AEMAQtBAUG02cAAENwBCyEAQYCAgIB4IQILIAYgBi0A2ANBAWo6ANgDIAYgBkHAA2oQcCIBNgKgAiAGIAM2ApwCIAYgCDYCmAIgBiAANgKUAiAGIAI2ApACIAJBgICAgHhHDQFBgICAgHghAiABDQMMDgsgBkEYNgKQAiAGQcADaiAGQZACahDRASEADA4LIAFFDQsgBkGQAmoQ8gJBgICAgHghAiABIQAMDAsgBiAGLQDYA0EBayIAOgDYAyAAQf8BcUUNCSAGIAYoAtQDQQFqNgLUAyAGQQE6ANQEIAYgBkHAA2o2AtAEIAZBgICAgHg2AvgEQYCAgIB4IQFBACEHQQAhCAJAA0ACQCAGQZACaiAGQdAEahBSAkACQAJAAkACQAJAAkACQAJ/IAYtAJACQQFGBEAgBigClAIMAQsgBi0AkQJBAUcNAyAGKALQBCIAQQA2AgggACAAKAIUQQFqNgIUIAZBkAJqIABBDGogABA5IAYoApQCIgIgBigCkAJBAkYNABogAiAGKAKYAiIAQazSwABBBxDYAg0BIAIgAEGz0sAAQQcQ2AINAiACIABBvNLAAEECENkBCyEAIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEDAULIAcNAyAGQQhqIAYoAtAEEOgBIAYoAgwhAyAGKAIIQQFxDQJBASEHQQEhCAwICyABQYCAgIB4Rg0FIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEQbPSwABBBxCGAiEADAQLIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEIAhBAXFFBEBBrNLAAEEHEIcCIQAMAwsgBCEAIAEiAkGAgICAeEcNB0Gz0sAAQQcQhwIhAEGAgICAeCECDAcLIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEIAMhAAwBCyAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BEGs0sAAQQcQhgIhAAtBgICAgHghAiABQYCAgIB4Rg0ECyAGQfgEahDyAgwBCwJAIAYoAtAEIgIQoAEiAEUEQCAGQZACaiACEDEgBigClAIhACAGKAKQAiICQYCAgIB4Rw0BCyAGIAQ2AvwEIAYgATYC+AQMAQsgBigCmAIhCSAAIQQgAiEBDAELC0GAgICAeCECCyAGIAYtANgDQQFqOgDYAyAGIAZBwANqEI4BIgE2AqACIAYgAzYCnAIgBiAJNgKYAiAGIAA2ApQCIAYgAjYCkAIgAkGAgICAeEcEQCABRQ0LIAZBkAJqEPICQYCAgIB4IQIgASEADAwLIAFFDQggARC1AQwICyABELUBDAoLQQAgAyAAQYTNwAAQYwALIAYoApACIAAQqgNBn6PAAEEHQaajwABBKxDbASEHIAIgAxCqAwwPCyABIAtBzM3AABDlAQALIAQgC0G8zcAAEOUBAAsgBSALQazNwAAQ5QEACyAHIAtBnM3AABDlAQALIAZBJDYCzAMgBkGgz8AANgLIAyAGQQg6AMQDDAwLQYCAgIB4IQIMAgsgBkEYNgKQAiAGQcADaiAGQZACahDRASEADAILIAYpApgCIRkLQYCAgIB4IQEgAkGAgICAeEYEQCAAIAZBwANqENcCIQAMAgsgBiAZNwKYAiAGIAA2ApQCIAYgAjYCkAIgBkHQBGogBkHAA2oQpQECQAJ/IAYtANAEQQFGBEAgBigC1AQMAQsgBi0A0QRBAUcNASAGQRY2AvgEIAZBwANqIAZB+ARqENEBCyEAIAZBkAJqEPICDAILIAIhAQwBC0GAgICAeCEBCyAGKALAAyAGKALEAxCqAyABQYCAgIB4RgRAIAAQtQFBAyECQZrUwAAhA0EyIQgMAQsgBiAANgL8BCAGIAE2AvgEIAYgGTcCgAUCQAJAIBlCgICAgHCDQoCAgIAQUgRAQQMhAkEZIQhB4NfAACEDDAELIBmnIgJBoI0GSwRAQQghAkEYIQhByNfAACEDDAELAkACQAJAIAYCfkH4lMEALQAABEBB8JTBACkDACEaQeiUwQApAwAMAQsgBkEAOgDAA0EBEC0iBEUNASAEQQEQ0AFB8JTBACAErSIaNwMAQfiUwQBBAToAACAGQcADaq0LIhg3A6ACQeiUwQAgGEIBfDcDACAGIBo3A6gCIAZB+NrAACkDADcDkAIgBkGA28AAKQMANwOYAiAAIAJB6ABsaiEXIAAhBQNAIBcgBSIKRgRAQQshAgwEC0EDIQIgCigCWCIQQYEIa0GAeEkEQEEtIQhBm9fAACEDDAQLIAooAlQhBCAGQS82AsADQecAIQhBtNbAACEDIAQgECAGQcADakEBENkCDQMgCkHoAGohBSAEIBBqIRIgBCEHA0ACQCAHIBJGDQACfyAHLAAAIhNBAE4EQCATQf8BcSEJIAdBAWoMAQsgBy0AAUE/cSEOIBNBH3EhCSATQV9NBEAgCUEGdCAOciEJIAdBAmoMAQsgBy0AAkE/cSAOQQZ0ciEOIBNBcEkEQCAOIAlBDHRyIQkgB0EDagwBCyAJQRJ0QYCA8ABxIActAANBP3EgDkEGdHJyIglBgIDEAEYNASAHQQRqCyEHIAlB3ABGIAlBIElyDQUgCUH/AGtBIU8NAQwFCwsgBiAQNgLQAyAGQQA2AswDIAYgEDYCyAMgBiAENgLEAyAGQQE6ANgDIAZBLzYCwAMgBkEBOwHkAyAGIBA2AuADIAZBADYC3AMgBkEvNgLUAwNAAkAgBi0A5QMNACAGKALEAyEEIAZB0ARqIAZBwANqEHUCfyAGKALQBEEBRgRAIAYoAtwDIQcgBiAGKALYBDYC3AMgBCAHaiEJIAYoAtQEIAdrDAELIAYtAOUDDQEgBkEBOgDlAwJAIAYtAOQDQQFGBEAgBigC4AMhBCAGKALcAyEHDAELIAYoAuADIgQgBigC3AMiB0YNAgsgBigCxAMgB2ohCSAEIAdrCyIERQ0FIAkgBEH518AAQQEQ2AINBSAJIARB+tfAAEECENgCRQ0BDAULCyAKKAJYIQ4gCigCVCESAkAgFEUNACAUIBEgEiAOEKYCwEEASA0AQTAhCEGE1sAAIQMMBAsgBkHAA2ogCkEQaiAGQZACahBEIAYtAMADIgRBC0cEQCAGIAYtAMMDOgC+BSAGIAYvAMEDOwG8BSAGKALEAyEDIAYoAsgDIQggBikCzAMhGCAEIQIMBAtBwgAhCEHC1cAAIQMgCigCACIHIAooAggiBEcNAyAHBEAgCigCBEUNBAsgBARAIAooAgxFDQQLIAooAmQiBEEQSwRAQSIhCEGg1cAAIQMMAwsgBEEwbCEJIAooAmAhB0EAIQQDQAJAIAkEQEE3IQhB6dTAACEDIAQgBygCKCIETw0GIAcoAixFDQYgBkHAA2ogByAGQZACahBEIAYtAMADIhFBC0YNASAGIAYtAMMDOgC+BSAGIAYvAMEDOwG8BSAGKALEAyEDIAYoAsgDIQggBikCzAMhGCARIQIMBgsgEiEUIA4hESAKKAI4QYCAgIB4Rg0CIAZBwANqIAooAjwgCigCQBB3IAYtAMADIgJBC0cEQCAGIAYtAMMDOgC+BSAGIAYvAMEDOwG8BSAGKALEAyEDIAYoAsgDIQggBikCzAMhGAwGCyAKKAJMQdgqTQ0CQR0hCEHM1MAAIQMMBAsgB0EwaiEHIAlBMGshCQwACwALAAsQtwMAC0EIIQILIAYoApACIQQgBigClAIhBSMAQRBrIgckACAFBEAgB0EEakEQQQggBUEBahChASAHKAIEGiAEIAcoAgxrIAcoAggQhQMLIAdBEGokACACQQtGDQELIAYgBi0AvgU6AO4BIAYgBi8BvAU7AewBIAZB+ARqEPICDAELIBkhGCAAIQggASEDQQshAgsgBkGgA2oQggEgBigCoAMgBigCpAMQqgMgAkELRg0BCyAGIAI6AMADIAYgBi8B7AE7AMEDIAYgBi0A7gE6AMMDIAYgGDcCzAMgBiAINgLIAyAGIAM2AsQDIAZBwANqIgAQmwEhByAAENMCDAELIANBgICAgHhHDQIgCCEHCyAGQcwBahCtAgsgBkH0AGoQ5AJBASEIDAMLQQRByAAQ6QIiByAYNwIQIAcgCDYCDCAHIAM2AgggB0KBgICAEDcCACAHIAYpAcwBNwAYIAcgBikB1AE3ACAgByAGKQHcATcAKCAHIAYpAeQBNwAwIAcgFikCADcCOCAHIBYpAgg3AkAgBkH0AGoQ5AJBACEIDAILIAZBxANqCyIAKAIQNgKgAiAGIAApAgg3A5gCIAYgACkCADcDkAIgBkGQAmoiABCbASEHIAAQ0wJBASEIIAJBgICAgHhGDQAgAiADEKoDCyAMIBUQhQMgDSALEIUDQQEhAiAIRQRAQQRBEBDpAiIAIAc2AgwgAEEANgIIIABCgYCAgBA3AgAgAEEIaiEHQQAhAgsgDyACNgIIIA8gB0EAIAIbNgIEIA9BACAHIAIbNgIAIAZBwAVqJAAgDygCACAPKAIEIA8oAgggD0EQaiQAC/sJAg9/An4jAEEQayIHJAAjAEGQAWsiBCQAIARBMGogABCmASAEQRhqIAEgAhClAyAEQQA2AjwgBCAEKAIcIgw2AkQgBCAEKAIYIg02AkACQAJ/AkAgBCgCMCIABEAgBCgCOCEOIAQoAjQhDyAEQRBqIAAoAgAiAEEMaigCACAAQRBqKAIAIA0gDBByIAQoAhQhBiAEKAIQQQFGBEAgBEGAgICAeDYCJCAEIAY2AigMBAsgBigCBCECIAYoAgAhCiADRQ0BIAYoAmRBMGwhASAGKAJgQShqIQAgCiACIANNcQNAIAAhBSABRQ0CIAFBMGshASAAQTBqIQAgBSgCACIIIANJDQALDQFBASEKIAghAkEBIQMgBUEoayIBQSxqDAILIARBCGogBEE8ahCfAiAEKAIIIQEgBCgCDCECIAQgBEEwahCnAiAEKAIAIgAgASAAGyIBQQEgARsgBCgCBCACIAAbQQAgARsQugMACyAGQRBqIQEgBigCCCEDQQAhCCAGQQxqCygCACELIAQgASkACDcDcCAEIAEpAAA3A2ggBEHIAGoiBSAEQegAaiIAEJcBIAEoAiAhECABKAIcIREgASkDECEUIAQoAkggBCgCTCEGIAQoAlAhCSAFEJcCIAQgBTYCVCAAIARB1ABqEPEBIAQoAmghAQJAAkACQCAELQBsIgVBA0YNACAEIAU6AFwgBCABNgJYIARB2ABqIgVBzNLAAEECIAYgCRDGASIBDQAgBUGkosAAQQcQuQEiAQ0AIAAgBCgCWCIJKAIAEJ8DIAAQ3AIiAQ0AIAggCSgCABD2ASIBDQAgBEEEOgBoIAAQ3AIiAQ0AIAVBztLAAEEDELkBIgENACAAIAQoAlgiCCgCABCfAyAAENwCIgENAEEUIQEgFCETA0AgE0LnB1gEQCATQgpaBEAgAUECayIBIARB6ABqaiATpyIAQfsobEETdiIFQZz///8HbCAAakEBdC8ByJJBOwAAIAWtIRMLIBRQRSATUHFFBEAgAUEBayIBIARB6ABqaiATp0EwcjoAAAsgCCgCACAEQegAaiIAIAFqQRQgAWsQlgIgBEEEOgBgIARB4ABqENwCIgENAiAEQQQ6AGggABDcAiIBDQIgBEHYAGoiAEHR0sAAIBEgEBDFASIBDQIgAEHG0cAAQQUgCiACEJ0BIgENAiAAQcvRwABBBiADIAsQnQEiAQ0CIAQoAlgoAgAgBC0AXBD5ASIBDQIgBCgCTCEBIAQoAkgiAEGAgICAeEYNAyAEIAQoAlA2AiwgBCABNgIoIAQgADYCJAwEBSAEQegAaiABaiIAQQRrIBMgE0KQzgCAIhNCkM4Afn2nIgVB+yhsQRN2IglBAXQvAciSQTsAACAAQQJrIAlBnP///wdsIAVqQQF0LwHIkkE7AAAgAUEEayEBDAELAAsACyAEKAJIIAQoAkwQqgMLQd6dwABBCUGSpMAAQRQQ2wEhACABELYBIARBgICAgHg2AiQgBCAANgIoCyAGEKoDCyANIAwQhQMgDyAOEIYDIARB6ABqIARBJGoQ2AEgBCgCbCEBIAcCfyAEKAJoBEBBACEAQQAhA0EBDAELIAQoAnAhAyABIQBBACEBQQALNgIMIAcgATYCCCAHIAM2AgQgByAANgIAIARBkAFqJAAgBygCACAHKAIEIAcoAgggBygCDCAHQRBqJAALuQIBCH8jAEEQayIGJAAgBkEIaiEFIwBBEGsiAyQAIABBpcrAAEEBEJYCAkADQEEAIQQCQANAIAIgBEYEQCACBEAgACABIAIQlgILIABBpcrAAEEBEJYCIAVBBDoAACADQRBqJAAMBAsgAyABIAIgBEGEysAAEJUCIAMoAgwiCUUNASAEQQFqIQQgAygCCCIKLQAAIgctAM/jQCIIRQ0ACyADKAIEIgEEQCAAIAMoAgAgARCWAgsgCUEBayECIApBAWohASAIQfUARgRAIANB3OrBgQM2AAAgAyAHQQ9xLQDP5UA6AAUgAyAHQQR2LQDP5UA6AAQgACADQQYQlgIMAgsgAyAIOgABIANB3AA6AAAgACADQQIQlgIMAQsLIAVBBDoAAEGUysAAELEDAAsgBRDcAiAGQRBqJAALKAAgACACIAEgAyABIANJGxDqASIAIAEgA2sgABsiAEEASiAAQQBIawszAQJ/IAEoAgghAyABKAIEIQIgASgCAARAIAIgAxCGA0EAIQILIAAgAzYCBCAAIAI2AgALKgAgASADTQRAIAAgAyABazYCBCAAIAEgAmo2AgAPCyABIAMgAyAEEGMACzMBAn8gACgCACEBIAAoAgQhAgNAIAEgAkZFBEAgAUEAOgAAIAAgAUEBaiIBNgIADAELCwsvAQJ/IwBBEGsiACQAIABBCGoQfCAAKAIIIgEgACgCDBCmAyAAQRBqJAAgAUEARwsvAQJ+IAAgACkDQCIDIAKtfCIENwNAIAAgACkDSCADIARWrXw3A0ggACABIAIQKguSDAESfyMAQRBrIggkACMAQbABayIDJAAgA0HQAGogABCmASADQThqIAEgAhClAyADQQA2AlwgAyADKAI8Ig42AmQgAyADKAI4Ig82AmACQAJAIAMoAlAiAARAIAMoAlghECADKAJUIANBMGogACgCACIAQQxqKAIAIABBEGooAgAgDyAOEHIgAygCNCEGAkAgAygCMEEBRgRAIANBgICAgHg2AkQgAyAGNgJIDAELIAYoAmAhCiAGKAI4IRIgBigCDCETIAYoAgghFCAGKAIEIQkgBigCACELIAYoAlghDCAGKAJUIQ0gA0EoaiAGKAJkIgVBBEEEEOIBIANBADYCiAEgAyADKAIsIgE2AoQBIAMgAygCKCICNgKAAQJAAkAgAiAFSQRAIANBIGogA0GAAWpBACAFQQRBBBBaIAMoAiAiAEGBgICAeEcNBSADKAKEASEBIAMoAogBIQcMAQsgBUUNAQsgBSAHaiAKQShqIQIgASAHQQJ0aiEEA0AgBCACKAIANgIAIAJBMGohAiAEQQRqIQQgBUEBayIFDQALIAMoAoABIQIhBwsgA0HoAGoiABCXAiADIAA2AnQgA0GAAWoiCiADQfQAahDxASADKAKAASEEAkACQAJAAkACQCADLQCEASIAQQNGDQAgAyAAOgB8IAMgBDYCeCADQfgAaiIAQcLRwAAgDSAMEMUBIgQNACAAQcbRwABBBSALIAkQnQEiBA0AIABBy9HAAEEGIBQgExCdASIEDQAgAEHZ0cAAQQsQuQEiBA0AIAogAygCeCIFKAIAELgDIAoQ3AIiBA0AAkAgEkGAgICAeEcEQCAFKAIAQabKwABBARCWAiADQQQ6AIABIAoQ3AIiACAFIAAbIQQgAA0BIANBAToArAEgAyAENgKoASADQagBaiIAQdHSwABBBCAGKAI8IAYoAkAQxgEiBA0BIABB8NLAAEEEIAYoAkggBigCTBDGASIEDQEgAy0ArAFFBEBBACEEDAILIAMoAqgBKAIAQaTKwABBARCWAiADQQQ6AIABIANBgAFqENwCIQQMAQsgBSgCAEG4+cAAQQQQlgIgA0EEOgCAASADQYABahDcAiEECyAEDQAgA0EEOgCAASADQYABaiIAENwCIgQNACADQfgAakHR0cAAQQgQuQEiBA0AIAAgAygCeCIJKAIAELgDIAAQ3AIiBA0AIAkoAgAiC0GOtsAAQQEQlgIgA0EEOgCAASAAENwCIgQNACAHRQRAIAAgCSgCABC5AyAAENwCIgQNAQsgB0EARyEMIAdBAnQhBSAHRSEHIAEhAANAIAUEQCAMRQRAIAtBp8rAAEEBEJYCCyADQQQ6AIABIANBgAFqIg0Q3AIiBA0CIANBGGogDSAAKAIAEHsgCyADKAIYIAMoAhwQlgIgA0EEOgCoASADQagBahDcAiIEDQIgAEEEaiEAIANBBDoAgAEgBUEEayEFQQAhB0EAIQwgDRDcAiIERQ0BDAILCyAHQQFxRQRAIANBgAFqIgAgCSgCABC5AyAAENwCIgQNAQsgA0EEOgCAASADQYABahDcAiIEDQAgCSgCACADLQB8EPkBIgRFDQELIAMoAmggAygCbBCqAwwBCyADKAJsIQQgAygCaCIAQYCAgIB4Rw0BC0HencAAQQlB/6PAAEETENsBIQAgBBC2ASADQYCAgIB4NgJEIAMgADYCSAwBCyADIAMoAnA2AkwgAyAENgJIIAMgADYCRAsgAiABQQRBBBDNAQsgDyAOEIUDIBAQhgMgA0GAAWogA0HEAGoQ2AEgAygChAEhAiAIAn8gAygCgAEEQEEAIQVBACEAQQEMAQsgAygCiAEhACACIQVBACECQQALNgIMIAggAjYCCCAIIAA2AgQgCCAFNgIAIANBsAFqJAAMAgsgA0EQaiADQdwAahCfAiADKAIQIQEgAygCFCEAIANBCGogA0HQAGoQpwIgAygCCCICIAEgAhsiAUEBIAEbIAMoAgwgACACG0EAIAEbELoDAAsgAygCJBogABDxAgALIAgoAgAgCCgCBCAIKAIIIAgoAgwgCEEQaiQACy0BAX8jAEEQayIBJAAgASAANgIIIAEgAEEgajYCDCABQQhqEKkCIAFBEGokAAsOACAAQoCAgIDgARDPAwsOACAAQoCAgIDQAhDPAwswAQF/IAAoAggiAiAAKAIARgRAIAAQvwELIAAgAkEBajYCCCAAKAIEIAJqIAE6AAALKQAgAUECdCEBA0AgAQRAIAAoAgAQ1wEgAUEEayEBIABBBGohAAwBCwsL+hoCDX8BfiMAQRBrIgskACMAQZABayICJAAgAkEYaiAAIAEQpQMgAkE4aiACKAIYIg0gAigCHCIOED4CQAJAAkACQAJAIAIoAjgiAEGAgICAeEYEQCACIAJBPGoiASgCEDYCaCACIAEpAgg3A2AgAiABKQIANwNYIAJB2ABqEJsBIQAgARDTAiACIAA2AiQgAkGAgICAeDYCIAwBCyACIAIpAkQ3A1ggAiACKQJMNwNgIAIoAlQhCSACIAIpAjw3AjAgAiAANgIsAkACQCAJIA5NBEAgAkHwAGogCUEDbiIBQQJ0IgBBBGogACAJIAFBA2xrIggbENQBIAIoAnghByACKAJ0IQEgCUEbSQ0CIAlBGmsiAEEAIAAgCU0bIQpBACEAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkADQCADQRpqIgYgCUsNISACQRBqIAAgAEEgaiIGIAEgB0HAqsAAEJQCIAIoAhQiBARAIAIoAhAiBSADIA1qIgwpAAAiD0I4hiAPQoD+A4NCKIaEIA9CgID8B4NCGIYgD0KAgID4D4NCCIaEhCAPQgiIQoCAgPgPgyAPQhiIQoCA/AeDhCAPQiiIQoD+A4MgD0I4iISEhCIPQjqIpy0A+51AOgAAIARBAUYNAiAFIA9CNIinQT9xLQD7nUA6AAEgBEECTQ0DIAUgD0IuiKdBP3EtAPudQDoAAiAEQQNGDQQgBSAPQiiIp0E/cS0A+51AOgADIARBBE0NBSAFIA9CIoinQT9xLQD7nUA6AAQgBEEFRg0GIAUgD0IciKdBP3EtAPudQDoABSAEQQZNDQcgBSAPpyIAQRZ2QT9xLQD7nUA6AAYgBEEHRg0IIAUgAEEQdkE/cS0A+51AOgAHIARBCE0NCSAFIAxBBmopAAAiD0I4hiAPQoD+A4NCKIaEIA9CgID8B4NCGIYgD0KAgID4D4NCCIaEhCAPQgiIQoCAgPgPgyAPQhiIQoCA/AeDhCAPQiiIQoD+A4MgD0I4iISEhCIPQjqIpy0A+51AOgAIIARBCUYNCiAFIA9CNIinQT9xLQD7nUA6AAkgBEEKTQ0LIAUgD0IuiKdBP3EtAPudQDoACiAEQQtGDQwgBSAPQiiIp0E/cS0A+51AOgALIARBDE0NDSAFIA9CIoinQT9xLQD7nUA6AAwgBEENRg0OIAUgD0IciKdBP3EtAPudQDoADSAEQQ5NDQ8gBSAPpyIAQRZ2QT9xLQD7nUA6AA4gBEEPRg0QIAUgAEEQdkE/cS0A+51AOgAPIARBEE0NESAFIAxBDGopAAAiD0I4hiAPQoD+A4NCKIaEIA9CgID8B4NCGIYgD0KAgID4D4NCCIaEhCAPQgiIQoCAgPgPgyAPQhiIQoCA/AeDhCAPQiiIQoD+A4MgD0I4iISEhCIPQjqIpy0A+51AOgAQIARBEUYNEiAFIA9CNIinQT9xLQD7nUA6ABEgBEESTQ0TIAUgD0IuiKdBP3EtAPudQDoAEiAEQRNGDRQgBSAPQiiIp0E/cS0A+51AOgATIARBFE0NFSAFIA9CIoinQT9xLQD7nUA6ABQgBEEVRg0WIAUgD0IciKdBP3EtAPudQDoAFSAEQRZNDRcgBSAPpyIAQRZ2QT9xLQD7nUA6ABYgBEEXRg0YIAUgAEEQdkE/cS0A+51AOgAXIARBGE0NGSAFIAxBEmopAAAiD0I4hiAPQoD+A4NCKIaEIA9CgID8B4NCGIYgD0KAgID4D4NCCIaEhCAPQgiIQoCAgPgPgyAPQhiIQoCA/AeDhCAPQiiIQoD+A4MgD0I4iISEhCIPQjqIpy0A+51AOgAYIARBGUYNGiAFIA9CNIinQT9xLQD7nUA6ABkgBEEaTQ0bIAUgD0IuiKdBP3EtAPudQDoAGiAEQRtGDRwgBSAPQiiIp0E/cS0A+51AOgAbIARBHE0NHSAFIA9CIoinQT9xLQD7nUA6ABwgBEEdRg0eIAUgD0IciKdBP3EtAPudQDoAHSAEQR5NDR8gBSAPpyIAQRZ2QT9xLQD7nUA6AB4gBEEfRg0gIAUgAEEQdkE/cS0A+51AOgAfIAYhACADQRhqIgMgCksNIwwBCwtBAEEAQdCqwAAQ5QEAC0EBQQFB4KrAABDlAQALQQJBAkHwqsAAEOUBAAtBA0EDQYCrwAAQ5QEAC0EEQQRBkKvAABDlAQALQQVBBUGgq8AAEOUBAAtBBkEGQbCrwAAQ5QEAC0EHQQdBwKvAABDlAQALQQhBCEHQq8AAEOUBAAtBCUEJQeCrwAAQ5QEAC0EKQQpB8KvAABDlAQALQQtBC0GArMAAEOUBAAtBDEEMQZCswAAQ5QEAC0ENQQ1BoKzAABDlAQALQQ5BDkGwrMAAEOUBAAtBD0EPQcCswAAQ5QEAC0EQQRBB0KzAABDlAQALQRFBEUHgrMAAEOUBAAtBEkESQfCswAAQ5QEAC0ETQRNBgK3AABDlAQALQRRBFEGQrcAAEOUBAAtBFUEVQaCtwAAQ5QEAC0EWQRZBsK3AABDlAQALQRdBF0HArcAAEOUBAAtBGEEYQdCtwAAQ5QEAC0EZQRlB4K3AABDlAQALQRpBGkHwrcAAEOUBAAtBG0EbQYCuwAAQ5QEAC0EcQRxBkK7AABDlAQALQR1BHUGgrsAAEOUBAAtBHkEeQbCuwAAQ5QEAC0EfQR9BwK7AABDlAQALQQAgCSAOQeidwAAQYwALIAMgBiAJQbCqwAAQYwALIAkgCGshBAJAAkACQAJAAkACQAJAAkACQANAAkACQAJAIAMgBE8EQCAIQQFrDgICAQ0LIANBA2oiACAJTQ0CIAMgACAJQdCpwAAQYwALIAYgB08NAyABIAZqIAQgDWoiAy0AACIAQQJ2LQD7nUA6AAAgBkEBaiIKIAdPDQQgASAKaiAAQQR0IAMtAAEiA0EEdnJBP3FB+53AAGotAAA6AAAgBkECaiIAIAdPDQUgA0ECdEE8cSEDQQMhCAwKCyAGIAdPDQVBAiEIIAEgBmogBCANai0AACIDQQJ2LQD7nUA6AAAgByAGQQFqIgBLBEAgA0EEdEEwcSEDDAoLIAAgB0HAqcAAEOUBAAsgAkEIaiAGIAZBBGoiBiABIAdB4KnAABCUAiACKAIMIgVFDQUgAigCCCIMIAMgDWoiCi0AACIDQQJ2LQD7nUA6AAAgBUEBRg0GIAwgA0EEdCAKQQFqLQAAIgNBBHZyQT9xQfudwABqLQAAOgABIAVBA0kNByAMIANBAnQgCkECai0AACIDQQZ2ckE/cUH7ncAAai0AADoAAiAFQQNHBEAgDCADQT9xLQD7nUA6AAMgACEDDAELC0EDQQNBoKrAABDlAQALIAYgB0GAqcAAEOUBAAsgCiAHQZCpwAAQ5QEACyAAIAdBoKnAABDlAQALIAYgB0GwqcAAEOUBAAtBAEEAQfCpwAAQ5QEAC0EBQQFBgKrAABDlAQALQQJBAkGQqsAAEOUBAAsgACABaiADLQD7nUA6AAAgBiAIaiEGCyAGIAdLDQEgByAGayEKQQAgBmtBA3EiAyEIIAYhAAJAA0AgCEUNASAAIAdHBEAgACABakE9OgAAIAhBAWshCCAAQQFqIQAMAQsLIAogCkHwqMAAEOUBAAsgAyAGQX9zSw0CIAIoAnAhACACQThqIAEgBxBAAkAgAigCOEUEQCAHrSEPIAEhBwwBCyACKQI8IQ8gAEGAgICAeEcNBCABIQALIAJBxABqIAJB2ABqEJcBIAIgD6ciAzYCQCACIACtIAetQiCGhDcDOCACQfAAaiIBEJcCIAIgATYCfCACQYgBaiACQfwAahDxASACKAKIASEIAkACQAJAAkACQCACLQCMASIBQQNGDQAgAiABOgCEASACIAg2AoABIAJBgAFqIgFBu6DAAEEFIAcgAxDGASIIDQAgAUHAoMAAQQkgAigCSCIDIAIoAkwQxgEiCA0AIAIoAoABKAIAIAItAIQBEPkBIghFDQELIAIoAnAgAigCdBCqAwwBCyACKAJ0IQggAigCcCIBQYCAgIB4Rw0BC0HencAAQQlByaDAAEEeENsBIQAgCBC2ASACQYCAgIB4NgIgIAIgADYCJCACKAJIIQMgAigCPCEHIAIoAjghAAwBCyACIAIoAng2AiggAiAINgIkIAIgATYCIAsgACAHEKoDIAIoAkQgAxCqAyACQSxqEPACCyANIA4QhQMgAkE4aiACQSBqENgBIAIoAjwhACALAn8gAigCOARAQQAhA0EAIQZBAQwBCyACKAJAIQYgACEDQQAhAEEACzYCDCALIAA2AgggCyAGNgIEIAsgAzYCACACQZABaiQADAMLIAYgByAHQYilwAAQYwALIwBBEGsiACQAIABBKjYCBCAAQZilwAA2AgAgACAArUKAgICAsAGENwMIQZqHwAAgAEEIakHEpcAAEIsCAAsgAiAPNwJEIAIgADYCOCACIAGtIAetQiCGhDcCPEHUpcAAQQwgAkE4akH4pMAAQeClwAAQzwEACyALKAIAIAsoAgQgCygCCCALKAIMIAtBEGokAAs9AQF/IAAhAQJAAkACQCAALQC4BQ4EAQICAAILIABB2AJqIQELIAEQ+AEgACgCsAUQnQMgACgCtAUQnQMLCy0BAn8gASgCACICBEAgACACEQIACyABKAIEIgIEQCABKAIIIQMgACACENABCwsDAAALDgAgACABQcDIwAAQ0AMLDgAgACABQZDIwAAQ0AMLKgAgASgCAEUEQCABQX82AgAgACABNgIEIAAgAUEEajYCAA8LIAIQrgIAC2cAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIwBBIGsiACQAIAAgAzYCCCAAIAE2AgwgACAAQQxqrUKAgICAgAKENwMYIAAgAEEIaq1CgICAgIAChDcDEEH/mcAAIABBEGogBBCLAgALKwAgAARAIAAgAiADIAEoAhARBAAPCyADEJ0DIAIQnQNBhMfAAEEyELoDAAsDAAALAwAACwMAAAsDAAALAwAACwMAAAsDAAALJgEBfyAALQAUIABBAToAFCAAQQhrIQBFBEAgABDJAw8LIAAQ5wILLQAgACgCUCAAKAJUEKoDIAAoAiggACgCLBCqAyAAQdwAahDpASAAQThqEJIDCzEBAX8jAEEQayIDJAAgAyAAIAEQXyIAIAImASAAENIBIAMoAgAgAygCBCADQRBqJAALLQEBfkHQmMEAKQMAIQFB0JjBAEIANwMAIAAgAUIgiD4CBCAAIAGnQQFGNgIACykBAX8jAEGAAWsiAiQAIAIgAUGAAfwKAAAgACACQQEQKiACQYABaiQACycBAX8jAEFAaiICJAAgAiABQcAA/AoAACAAIAJBARArIAJBQGskAAsgAANAIAEEQCABQQFrIQEgABDDAiAAQegAaiEADAELCwsbAQF/IwBBEGsiASAAQQBHNgIMQQAgASgCDGsLIwEBfyAAQYQISSAAQYAIT3EEfyAABRBfIgEgACUBJgEgAQsLKAEBfyAAKAIAIgEEQCABIAAoAgQQtAIgACgCDCAAKAIIKAIMEQIACwskACAABEAgACACIAEoAhARAQAPCyACEJ0DQYTHwABBMhC6AwALJwEBfyABEKABIgIEQCAAQYCAgIB4NgIYIAAgAjYCAA8LIAAgARA1CycBAX8gARCgASICBEAgAEGAgICAeDYCACAAIAI2AgQPCyAAIAEQbAskAQF/IAEQoAEiAgRAIABBAjYCACAAIAI2AgQPCyAAIAEQlQELwAUBCX8jAEEQayIHJAAjAEHgAGsiASQAIAFBPGogABCmAQJAAkAgASgCPCIABEAgACgCACIAKAIMIQUgAUEoaiAAKAIQIgNBBEEMEOIBIAFBADYCUCABIAEoAiwiBjYCTCABIAEoAigiADYCSAJAAkAgACADSQRAIAFBIGogAUHIAGpBACADQQwQlAEgASgCICIAQYGAgIB4RgRAIAEoAlAhAiABKAJMIQYMAgsgASgCJBogABDxAgALIANFDQELIAIgA2ogBUHYAGohBCAGIAJBDGxqIQIDQCABQdQAaiAEQQRrKAIAIAQoAgAQ7wEgAiABKAJcNgIIIAIgASkCVDcCACAEQegAaiEEIAJBDGohAiADQQFrIgMNAAshAgsgASABKQJINwMwIAEgAjYCOCABKAJAIAEoAkQQhgMgASgCOCIGIAEoAjBJBEAgAUEYaiABQTBqIAZBDBCIASABKAIYIgBBgYCAgHhHDQIgASgCOCEGCyAGQQxsIQIgASgCNCIAIQQgACEDA0AgAgRAIAQoAgAgBCgCBCIJIAQoAggQggMhBSAJQQFBARDAASADIAU2AgAgAkEMayECIANBBGohAyAEQQxqIQQMAQsLEK0DIAEgBkEDbDYCVCABIAA2AlggASADIABrQQJ2NgJcEK0DIwBBEGsiBSQAAkACQCABQRBqIgMgAUHUAGoiAigCCCIAIAIoAgBJBH8gBUEIaiACIABBBBCIASAFKAIIIgBBgYCAgHhHDQEgAigCCAUgAAs2AgQgAyACKAIENgIAIAVBEGokAAwBCyAFKAIMGiAAEPECAAsgByABKQMQNwIAIAFB4ABqJAAMAgsgAUEIaiABQTxqEKcCIAEoAggiAEEBIAAbIAEoAgxBACAAGxC6AwALIAEoAhwaIAAQ8QIACyAHKAIAIAcoAgQgB0EQaiQAC7IBAQN/IwBBEGsiAiQAIwBBQGoiASQAIAFBJGoiAyAAEKYBIAEoAiQiAEUEQCABQQhqIAMQpwIgASgCCCIAQQEgABsgASgCDEEAIAAbELoDAAsgASAAKAIAIgApADg3AzAgASAAKQBANwM4IAFBGGoiACABQTBqEJcBIAEoAiggASgCLBCGAyABQRBqIAAQgwIgAiABKQMQNwIAIAFBQGskACACKAIAIAIoAgQgAkEQaiQACyAAIAFBAUYEQCACEJ0DCyAAIAI2AgQgACABQQFzNgIACyEAIAAtAABBBWtB/wFxQQFNBEAgACgCBCAAKAIIEKoDCwscACABQQRPBEAgAUEEIAIQ5QEACyAAIAFBBHRqCyAAIAIgAUEQEOoBIQEgACADNgIEIABBACACIAEbNgIACx4AIAIEQCACIAEQ6gIhAQsgACACNgIEIAAgATYCAAsZACAAKAIMBEAgAA8LIAEgABD3ASAAEMMDCxkBAX8gASADRgR/IAAgAiABEOoBBUEBC0ULGQEBfyABIANPBH8gAiAAIAMQ6gEFQQELRQscACAAKQMAIABBCGopAwAgASACQQR0a0EQaxBVC+EBAQN/EF8iBSADJgEgBSEGIwBBMGsiBSQAIAVBGGoiByAAEKYBIAVBEGogASACEKUDIAVBADYCJCAFIAUoAhQiADYCLCAFIAUoAhAiATYCKCAFKAIYIgJFBEAgBhCdAyAFQQhqIAVBJGoQnwIgBSgCCCEBIAUoAgwhAiAFIAcQpwIgBSgCACIAIAEgABsiAUEBIAEbIAUoAgQgAiAAG0EAIAEbELoDAAsgAigCACABIAAgBiAEQQBHEI8BIQIgASAAEIUDIAUoAhwgBSgCIBCGAyAFQTBqJAAgAiUBIAIQ1wELMwEBfiAALQAAQQRHBH8gACkCACEBEJoCIgBCADcCDCAAIAE3AgQgAEEBNgIAIAAFQQALCx0AIAAQnQIiAEL//wCDIABCDohCkIABfnxCyAB8CyIAIAAtAABFBEAgAUHixcAAQQUQOg8LIAFB58XAAEEEEDoLGQAgAUEQTwRAIAFBECACEOUBAAsgACABagv+AQEDfxBfIgQgAyYBIAQhBSMAQUBqIgQkACAEQShqIgYgABCmASAEQSBqIAEgAhClAyAEQQA2AjQgBCAEKAIkIgA2AjwgBCAEKAIgIgE2AjggBCgCKCICRQRAIAUQnQMgBEEQaiAEQTRqEJ8CIAQoAhAhASAEKAIUIQIgBEEIaiAGEKcCIAQoAggiACABIAAbIgFBASABGyAEKAIMIAIgABtBACABGxC6AwALIARBGGoQfCAEKAIcIQYgAigCACABIAAgBSAEKAIYIgVBAEcQjwEhAiAFIAYQpgMgASAAEIUDIAQoAiwgBCgCMBCGAyAEQUBrJAAgAiUBIAIQ1wELHQAgACABEF8iACACJgEgABBfIgAgAyYBIAAQugILbAEBfyAAIAAoAgBBAWsiATYCACABRQRAIAAoAhggAEEcaigCABCeAyAAKAIgIgEEQCAAKAIkIAEoAgwRAgALIABBDGoQ6wICQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBKBDQAQsLC0UBAX8gACAAKAIAQQFrIgE2AgAgAUUEQCAAKAIMEOUCAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQRAQ0AELCwshACAAEPACIAAoAgwgACgCEBCqAyAAKAIYIAAoAhwQqgMLaAEBfyAAIAAoAgBBAWsiATYCACABRQRAIABBGGoQrQIgAEEMaiIBKAIAIABBEGooAgAQyAIgACgCCCABKAIAEKsDAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQcgAENABCwsL8AEBBX8gACAAKAIAQQFrIgE2AgAgAUUEQEEAIQECQCAAKAIYIgJFDQAgACgCDCIBIAAoAhQiAyABQQAgASADTRtrIgNrIgQgAkkEQCACIARrIQUMAQsgAiADaiEBCyAAQRBqKAIAIgIgA0ECdGohBCABIANrIQEDQCABBEAgBCgCABDnAiABQQFrIQEgBEEEaiEEDAEFA0AgBQRAIAIoAgAQ5wIgBUEBayEFIAJBBGohAgwBCwsgACgCDCAAQRBqKAIAQQRBBBDAAQJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEgENABCwsLCwtFAQF/IAAgACgCAEEBayIBNgIAIAFFBEAgAEEMahDLAgJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEgENABCwsLWAECfyAAIAAoAgBBAWsiATYCACABRQRAIABBEGooAgAhASAAKAIMIgIEQCACIAEQtAILAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQRgQ0AELCwsXAQF/IAEgABDqAiICRQRAELcDAAsgAgsVACABQQlPBEAgASAAEFYPCyAAEC0LGgAgACgCAARAIAAoAgQQvQMgACgCCBC9AwsLGAAgACAAKQMgIAKtfDcDICAAIAEgAhArCxgBAn8gACgCACIBBEAgACgCBCABENABCwsaAQFvIAAlASABIAIQDSEDEF8iACADJgEgAAsaAQFvIAAlASABIAIQGCEDEF8iACADJgEgAAtKAQN/IAAoAgQiAyEBIAAoAgghAgNAIAIEQCABKAIAIAFBBGooAgAQqgMgAkEBayECIAFBIGohAQwBCwsgACgCACADQQRBIBDNAQsPACAABEAQtwMACxCuAwALHQEBfyAAKAIEIgEgACgCCBDIAiAAKAIAIAEQqwMLFAEBfyAAEC0iAUUEQBC3AwALIAELHAAgACgCACAAKAIEEKoDIAAoAgwgACgCEBCqAwscACABKAIAIAAoAgAgACgCBCABKAIEKAIMEQAACxkAIAIgARDqAiEBIAAgAjYCBCAAIAE2AgALFAAgACkDAFBFBEAgAEEIahD4AQsLEgAgACgCAARAIABBBGoQ0wILCxIAIAAgAUEBdEEBciACEIsCAAsXAQF/IAAQHCIBNgIEIAAgAUEARzYCAAsXAQF/IAAQHSIBNgIEIAAgAUEARzYCAAsXAQF/IAAQHiIBNgIEIAAgAUEARzYCAAsXAQF/IAAQHyIBNgIEIAAgAUEARzYCAAsXACAAKAIAIAEgACgCBEEMaigCABEBAAsWAQFvIAAgARALIQIQXyIAIAImASAACxYBAW8gACUBEAwhARBfIgAgASYBIAALFgEBbyAAIAEQKCECEF8iACACJgEgAAsWAQFvIAAgARApIQIQXyIAIAImASAACxkAIAEoAgBBsMnAAEEFIAEoAgQoAgwRAAALEQAgACgCACIABEAgABDiAgsLDgAgAQRAIAAgARDQAQsLFAAgACAAKAIAQQFrNgIAIAEQ4wILFQEBfyMAQRBrIgEgADoADyABLQAPCxkAIAEoAgBBtuPAAEERIAEoAgQoAgwRAAALGQAgASgCAEHH48AAQQggASgCBCgCDBEAAAsZACABKAIAQaPiwABBAyABKAIEKAIMEQAACxUAIAEgACgCACIAKAIEIAAoAggQOgsZACABKAIAQbzZwABBECABKAIEKAIMEQAACxkAIAEoAgBBoOLAAEEDIAEoAgQoAgwRAAALGQAgASgCAEHQ2MAAQQ4gASgCBCgCDBEAAAsZACABKAIAQYbYwABBCiABKAIEKAIMEQAACxYAIAAoAgBBgYCAgHhHBEAgABCSAwsLFgAgACgCAEGAgICAeEcEQCAAEOkBCwsWACAAKAIAQYCAgIB4RwRAIAAQ9AILCxkAIAEoAgBB9NnAAEESIAEoAgQoAgwRAAALGQAgASgCAEGQ2MAAQQwgASgCBCgCDBEAAAsZACABKAIAQYTZwABBDyABKAIEKAIMEQAACxIAIAAtAABBC0cEQCAAENMCCwsVACABEIIBIABBADoAACABQQA2AggLGQAgASgCAEHh38AAQREgASgCBCgCDBEAAAsTAEHQmMEAIACtQiCGQgGENwMACw4AIAEEQCAAIAEQ0AELCxUBAW8gACUBIAEgAiUBIAIQ1wEQFQsSACABIAJBARCWAiAAQQQ6AAALEAAgAEGECE8EQCAAENcBCwsPACAAQQJHBEAgARCdAwsLFQAgAUGoysAAQQEQlgIgAEEEOgAACxQAIAAoAgAgASAAKAIEKAIMEQEAC7AKAQN/IAAhBkEAIQAjAEHQAGsiBSQAIAUgAzYCCCAFIAI2AgQCfyABQYECTwRAQYACIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsgBSAGNgIMIAUgADYCEEEFQQAgACABSSIHGyEAQdy1wABBASAHGwwBCyAFIAE2AhAgBSAGNgIMQQELIQcgBSAANgIYIAUgBzYCFAJAAkACQAJAAkACQCABIAJPBEAgASADSQ0GIAIgA0sNASACRSABIAJNcg0DIAIgBmosAABBv39KDQMgAiEAAkADQCAAIAZqLAAAQb9/Sg0BIABBAWsiAA0AC0EAIQALA0AgAiAGaiwAAEG/f0oNAyABIAJBAWoiAkcNAAsgASECDAILIAUgBUEUaq1CgICAgLABhDcDOCAFIAVBDGqtQoCAgICwAYQ3AzAgBSAFQQRqrUKAgICAgAKENwMoQd6AwAAgBUEoaiAEEIsCAAsgBSAFQRRqrUKAgICAsAGENwNAIAUgBUEMaq1CgICAgLABhDcDOCAFIAVBCGqtQoCAgICAAoQ3AzAgBSAFQQRqrUKAgICAgAKENwMoQbSAwAAgBUEoaiAEEIsCAAsgBSAANgIcIAUgAjYCIAJAIAAgAksNAAJAIABFDQAgACABTwRAIAAgAUYNAQwCCyAAIAZqLAAAQUBIDQELAkAgASACTQRAIAEgAkcNAgwBCyACIAZqLAAAQb9/TA0BCyAAIAJGDQIgBQJ/IAAgBmoiASwAACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANBBnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqtQoCAgICwAYQ3A0ggBSAFQQxqrUKAgICAsAGENwNAIAUgBUEcaq1CgICAgLAChDcDOCAFIAVBJGqtQoCAgIDAAoQ3AzAgBSAFQQRqrUKAgICAgAKENwMoQbqBwAAgBUEoaiAEEIsCAAsgBiABIAAgAiAEEKEDAAsgA0UgASADTXINAiADIAZqLAAAQb9/Sg0CIAMhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACwJAA0AgAyAGaiwAAEG/f0oNASABIANBAWoiA0cNAAsgASEDCyAFIAA2AhwgBSADNgIgIAAgA0sNAQJAIABFDQAgACABTwRAIAAgAUYNAQwDCyAAIAZqLAAAQUBIDQILAkAgASADTQRAIAEgA0cNAwwBCyADIAZqLAAAQb9/TA0CCyAAIANGDQAgBQJ/IAAgBmoiASwAACIAQQBOBEAgAEH/AXEMAQsgAS0AAUE/cSIDIABBH3EiAkEGdHIgAEFfTQ0AGiABLQACQT9xIANBBnRyIgMgAkEMdHIgAEFwSQ0AGiACQRJ0QYCA8ABxIAEtAANBP3EgA0EGdHJyCzYCJCAFIAVBFGqtQoCAgICwAYQ3A0ggBSAFQQxqrUKAgICAsAGENwNAIAUgBUEcaq1CgICAgLAChDcDOCAFIAVBJGqtQoCAgIDAAoQ3AzAgBSAFQQhqrUKAgICAgAKENwMoQYuCwAAgBUEoaiAEEIsCAAsgBBCxAwALIAYgASAAIAMgBBChAwALIAUgBUEUaq1CgICAgLABhDcDOCAFIAVBDGqtQoCAgICwAYQ3AzAgBSAFQQhqrUKAgICAgAKENwMoQY2BwAAgBUEoaiAEEIsCAAsRACAAQQhrIgAQ0wEgABDoAgsUAgFvAX8QAyEAEF8iASAAJgEgAQsPACAAIAEgAhBzIAAQ9wILEAAgACACNgIEIAAgATYCAAsMACAABEAgARCdAwsLEAAgASAAKAIAIAAoAgQQOgsUAEHFocAAQRNB2KHAAEHMABDbAQsPACAAKAIAIAAoAgQQqgMLDQAgACABQQFBARDNAQsOACAAIAFBCEHoABDNAQsQAEGkxMAAQccAIAAQiwIACw0AQQBBBEEEQQwQwAELEgBBtKfAAEEjQcinwAAQiwIACw8AIABB2KfAACABIAIQRQsPACAAQfS0wAAgASACEEULDwBB4bXAAEErIAAQ+QIACxMAQY+4wABB3QBBwLjAABCLAgALDwAgACgCAC0AACABEJEBCw0AIAAgASACEJYCQQALDwAgAEGgg8EAIAEgAhBFCwwAIAAlASABJQEQEQsNAEHImMEAQQE6AAAACw4AIAAgAUGoysAAEJwDCw4AIAAgAUHvtMAAEJwDCwkAIAAgARAmAAsLACAAJQEQJUEARwsLACAAJQEQJEEARwsMACAAEMsDIAAQnQMLDQAgAUGsxsAAQRgQOgsNACABQYzGwABBIBA6CwoAIABBCGsQ5wILCgAgAEEIaxDTAQsKACAAQQhrEOgCCwkAIABBFBDQAQsMACAAKAIAIAEQpwMLCwAgACgCACABEGgLCwAgACABENoBQQALDAAgACABKQIANwMACwoAIAAoAgAQ5gILCgAQlgEgABCHAQsJACAAQQA2AgALCAAgACUBEAgLCAAgACUBEAoLAwAAC2MBAX8jAEEwayIEJAAgBCACNgIMIAQgATYCCCAEIAApAwg3AxggBCAAKQMANwMQIARBDzYCLCAEQcEANgIkIAQgBEEIajYCKCAEIARBEGo2AiAgAyAEQSBqEOcBIARBMGokAAsoAQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBBmofAACACIAAQiwIACy0BAX8gAUEIayIDIAMoAgBBAWoiAzYCACADRQRAAAsgACABNgIEIAAgAjYCAAs6AQF/IwBBEGsiAyQAIAMgATYCBCADIAA2AgAgA0ESNgIMIAMgAzYCCCACIANBCGoQ5wEgA0EQaiQAC0ABAX8gASgCACEEIAFBADYCACAEBEAgBEEIaiADIAIQhQEgBBDiAiAAQQA2AgAPCyACEJ0DQZCdwABBHBC6AwALC7KSARcAQYCAwAAL5SRGcm9tVXRmOEVycm9yYnl0ZXNlcnJvclV0ZjhFcnJvcnZhbGlkX3VwX3RvZXJyb3JfbGVuDWJlZ2luID4gZW5kICjAAyA+IMAQKSB3aGVuIHNsaWNpbmcgYMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAAPZW5kIGJ5dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAARc3RhcnQgYnl0ZSBpbmRleCDAJiBpcyBub3QgYSBjaGFyIGJvdW5kYXJ5OyBpdCBpcyBpbnNpZGUgwAggKGJ5dGVzIMAGKSBvZiBgwAFgwAAPZW5kIGJ5dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRlcyDABikgb2YgYMABYMAAwAkgbXVzdCBiZSDADCBieXRlcywgZ290IMAAFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAB3N0cmluZyDAAA91bmtub3duIGZpZWxkIGDADGAsIGV4cGVjdGVkIMAAD2ludmFsaWQgbGVuZ3RoIMALLCBleHBlY3RlZCDAAA9pbnZhbGlkIHZhbHVlOiDACywgZXhwZWN0ZWQgwAAOaW52YWxpZCB0eXBlOiDACywgZXhwZWN0ZWQgwAAedGhlIGJ1bmRsZSBoYXMgbm8gaW1hZ2UgbmFtZWQgwAATaW52YWxpZCByZWNpcGllbnQ6IMAAEGFzc2VydGlvbiBgbGVmdCDAFyByaWdodGAgZmFpbGVkCiAgbGVmdDogwAkKIHJpZ2h0OiDAAB1pbnZhbGlkIEFyZ29uMmlkIHBhcmFtZXRlcnM6IMAAE2ludmFsaWQgcHJpbmNpcGFsOiDAABJtYWxmb3JtZWQgYnVuZGxlOiDAABBsaW1pdCBleGNlZWRlZDogwADAAjogwAAmdW5zdXBwb3J0ZWQgcGFuZWxjcnlwdCBmb3JtYXQgdmVyc2lvbiDAFDsgdXBncmFkZSBwYW5lbGNyeXB0AC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvY2VsbC9sYXp5LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaW5kZXgucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2lub3V0LTAuMi42L3NyYy9pbm91dC5ycwBjb3JlL3NyYy9tYW5pZmVzdC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9mbXQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NoYTItMC4xMS4xL3NyYy9zaGEyNTYvc29mdC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjExLjEvc3JjL3NoYTUxMi9zb2Z0LnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9hZXMtMC45LjQvc3JjL2JhY2tlbmRzL2ZpeHNsaWNlL3V0aWxzLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL2Vycm9yLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL3Nlci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9jaXBoZXItMC41LjIvc3JjL3N0cmVhbS9jb3JlX2FwaS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHJpbmcucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL3F1ZXVlLnJzAGNvcmUvc3JjL2J1bmRsZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3VuaWNvZGUvcHJpbnRhYmxlLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9iYXNlNjQtMC4yMi4xL3NyYy9lbmNvZGUucnMAL3J1c3QvZGVwcy9oYXNoYnJvd24tMC4xNi4xL3NyYy9yYXcvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvZm10L21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvbW9kLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9iYXNlNjQtMC4yMi4xL3NyYy9lbmdpbmUvZ2VuZXJhbF9wdXJwb3NlL21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmFzZTY0LTAuMjIuMS9zcmMvZW5naW5lL21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfY29yZS0xLjAuMjI5L3NyYy9kZS9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAY29yZS9zcmMvY2h1bmtlZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvdGFzay9zaW5nbGV0aHJlYWQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlX2pzb24tMS4wLjE1NC9zcmMvcmVhZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAd2FzbS1kZWNvZGVyL3NyYy9saWIucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9saWIucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3VuaXZlcnNhbC1oYXNoLTAuNi4xL3NyYy9saWIucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Jsb2NrLWJ1ZmZlci0wLjEyLjEvc3JjL2xpYi5ycwAQZmxvYXRpbmcgcG9pbnQgYMABYAABYMAGYCBvciBgwAFgAAtjaGFyYWN0ZXIgYMABYAAJaW50ZWdlciBgwAFgAAlib29sZWFuIGDAAWAAD21pc3NpbmcgZmllbGQgYMABYAARZHVwbGljYXRlIGZpZWxkIGDAAWAAAWDAAWAAcGFuZWxjcnlwdC92MQAmY29weV9mcm9tX3NsaWNlOiBzb3VyY2Ugc2xpY2UgbGVuZ3RoICjAKykgZG9lcyBub3QgbWF0Y2ggZGVzdGluYXRpb24gc2xpY2UgbGVuZ3RoICjAASkAACcJEABJAAAAAwEAAA8AAAAnCRAASQAAANoAAAAnAAAAZmluaXNoOiBjYWxsYmFja3Mgc2hvdWxkIGJlIFNvbWUnCRAASQAAANsAAAARAAAAZmluaXNoOiByZXN1bHQgc2hvdWxkIGJlIE5vbmUAAAAnCRAASQAAAN8AAAARAAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkcmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdAAASAAAAAQAAAAEAAAASQAAAEoAAABIAAAABAAAAAQAAABLAAAATAAAAEZuT25jZSBjYWxsZWQgbW9yZSB0aGFuIG9uY2VoZWFkZXJfdmVyaWZpY2F0aW9ubm90X2FfYnVuZGxldW5zdXBwb3J0ZWRfdmVyc2lvbm1hbGZvcm1lZACJCxAAFwAAAF0AAAAlAAAAAQABQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrL/////////////////////////////////////////////////////////8+////PzQ1Njc4OTo7PD3/////////AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBn///////8aGxwdHh8gISIjJCUmJygpKissLS4vMDEyM/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////9zbG90c2J1bmRsZV9pZGNhbm5vdCBlbmNvZGUgdGhlIHNsb3Qgc2VjdGlvbmNyeXB0b3N1YnRsZWRlY3J5cHRyYXdBRVMtR0NNiQsQABcAAABbAQAAHAAAAGJyb3dzZXJXZWJDcnlwdG8gcmVmdXNlZCB0byBpbXBvcnQgYW4gQUVTLUdDTSBrZXlvYmplY3RfdmVyaWZpY2F0aW9uaW1hZ2UgZmFpbGVkIHZlcmlmaWNhdGlvbjogaXQgd2FzIG1vZGlmaWVkLCBzd2FwcGVkIG9yIHRydW5jYXRlZCBvbiB0aGUgaG9zdHZhcmlhbnRub19zdWNoX2ltYWdlbm90IGFuIG9iamVjdCBpZHRoZSBidW5kbGUgaGFzIG5vIHN1Y2ggb2JqZWN0AAAAiQsQABcAAAAGAQAAGwAAAFdlYkNyeXB0byBpcyBub3QgYXZhaWxhYmxlIGluIHRoaXMgcGFnZWJhZF9rZXl0aGUga2V5IHNlcnZpY2UgYW5zd2VyZWQgZm9yIGFub3RoZXIgYnVuZGxldGhlIGtleSBzZXJ2aWNlIHNlbnQgYSBrZXkgb2YgdGhlIHdyb25nIGxlbmd0aGNhbm5vdCBlbmNvZGUgZW50cnljYW5ub3QgZW5jb2RlIGNob2ljZXRoZSBicm93c2VyIHJlZnVzZWQgdG8gYnVpbGQgYSBCbG9iY29kZQAAAE0AAAAMAAAABAAAAE4AAABPAAAAUABB8KTAAAv9AgEAAABRAAAAUgAAABQAAAAEAAAAUwAAAGwIEABDAAAAUAAAADMAAAB1c2l6ZSBvdmVyZmxvdyB3aGVuIGNhbGN1bGF0aW5nIGI2NCBsZW5ndGgAAGwIEABDAAAAVwAAAAoAAABJbnZhbGlkIFVURjjJCRAARwAAAH8AAAAkAAAAVAAAAGABAAAIAAAAVQAAAFYAAAAnCRAASQAAAEIBAAAVAAAAVwAAAMACAAAIAAAAWAAAAGNhbGxlZCBgT3B0aW9uOjp1bndyYXBfdGhyb3coKWAgb24gYSBgTm9uZWAgdmFsdWUAAAAnCRAASQAAAA0BAAAkAAAAY2FsbGVkIGBSZXN1bHQ6OnVud3JhcF90aHJvdygpYCBvbiBhbiBgRXJyYCB2YWx1ZQAAABMAAAAMAAAAEwAAAKwOEAC/DhAAyw4QAGNhcGFjaXR5IG92ZXJmbG93AAAAWgoQAFAAAAAcAAAABQAAAFkAAAAMAAAABAAAAFoAAABbAAAAXABB+KfAAAuXDwEAAABdAAAAYSBmb3JtYXR0aW5nIHRyYWl0IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHdoZW4gdGhlIHVuZGVybHlpbmcgc3RyZWFtIGRpZCBub3QAAM4EEABIAAAAjwIAAA4AAABOb25lU29tZWwIEABDAAAAigAAAAkAAABxCRAAVwAAAJYAAAANAAAAcQkQAFcAAACXAAAADQAAAHEJEABXAAAAmgAAAA0AAABxCRAAVwAAAJ4AAAANAAAAcQkQAFcAAACfAAAADQAAAHEJEABXAAAAhwAAACUAAABxCRAAVwAAAIgAAAArAAAAcQkQAFcAAACKAAAADQAAAHEJEABXAAAAiwAAAA0AAABxCRAAVwAAAI0AAAANAAAAcQkQAFcAAACPAAAADQAAAHEJEABXAAAAQAAAABsAAABxCRAAVwAAAEIAAAAgAAAAcQkQAFcAAABOAAAAEQAAAHEJEABXAAAATwAAABEAAABxCRAAVwAAAFAAAAARAAAAcQkQAFcAAABRAAAAEQAAAHEJEABXAAAAUgAAABEAAABxCRAAVwAAAFMAAAARAAAAcQkQAFcAAABUAAAAEQAAAHEJEABXAAAAVQAAABEAAABxCRAAVwAAAFkAAAARAAAAcQkQAFcAAABaAAAAEQAAAHEJEABXAAAAWwAAABEAAABxCRAAVwAAAFwAAAARAAAAcQkQAFcAAABdAAAAEQAAAHEJEABXAAAAXgAAABEAAABxCRAAVwAAAF8AAAARAAAAcQkQAFcAAABgAAAAEQAAAHEJEABXAAAAZAAAABEAAABxCRAAVwAAAGUAAAARAAAAcQkQAFcAAABmAAAAEQAAAHEJEABXAAAAZwAAABEAAABxCRAAVwAAAGgAAAARAAAAcQkQAFcAAABpAAAAEQAAAHEJEABXAAAAagAAABEAAABxCRAAVwAAAGsAAAARAAAAcQkQAFcAAABvAAAAEQAAAHEJEABXAAAAcAAAABEAAABxCRAAVwAAAHEAAAARAAAAcQkQAFcAAAByAAAAEQAAAHEJEABXAAAAcwAAABEAAABxCRAAVwAAAHQAAAARAAAAcQkQAFcAAAB1AAAAEQAAAHEJEABXAAAAdgAAABEAAAAAcAAHAC0BAQECAQIBAUgLMBUQAWUHAgYCAgEEIwEeG1sLOgkJARgEAQkBAwEFKwM7CSoYASA3AQEBBAgEAQMHCgIdAToBAQECBAgBCQEKAhoBAgI5AQQCBAICAwMBHgIDAQsCOQEEBQECBAEUAhYGAQE6AQECAQQIAQcDCgIeATsBAQEMAQkBKAEDATcBAQMFAwEEBwILAh0BOgECAgEBAwMBBAcCCwIcAjkCAQECBAgBCQEKAh0BSAEEAQIDAQEIAVEBAgcMCGIBAgkLB0kCGwEBAQEBNw4BBQECBQsBJAkBZgQBBgECAgIZAgQDEAQNAQICBgEPAQADAAQcAx0CHgJAAgEHCAECCwkBLQMBAXUCIgF2AwQCCQEGA9sCAgE6AQEHAQEBAQIIBgoCATAuAgwUBDAKBAMmCQwCIAQCBjgBAQIDAQEFOAgCApgDAQ0BBwQBBgEDAsZAAAHDIQADjQFgIAAGaQIABAEKIAJQAgABAwEEARkCBQGXAhoSDQEmCBkLAQEsAzABAgQCAgIBJAFDBgICAgIMAQgBLwEzAQEDAgIFAgEBKgIIAe4BAgEEAQABABAQEAACAAHiAZUFAAMBAgUEKAMEAaUCAARBBQACTQZGCzEEewE2DykBAgIKAzEEAgIHAT0DJAUBCD4BDAI0CQEBCAQCAV8DAgQGAQIBnQEDCBUCOQIBAQEBDAEJAQ4HAwVDAQIGAQECAQEDBAMBAQ4CVQgCAwEBFwFRAQIGAQECAQECAQLrAQIEBgIBAhsCVQgCAQECagEBAQIIZQEBAQIEAQUACQEC9QEKBAQBkAQCAgQBIAooBgIECAEJBgIDLg0BAsYBAQMBAckHAQYBAVIWAgcBAgECegYDAQECAQcBAUgCAwEBAQACCwI0BQUDFwEAAQYPAAwDAwAFOwcAAT8EUQELAgACAC4CFwAFAwYICAIHHgSUAwA3BDIIAQ4BFgUBDwAHARECBwECAQVkAaAHAAE9BAAE/gLzAQIBBwIFAQAHbQcAYIDwAAAAAAAABAAAAAQAAABeAAAAIHsgOiAgewosCigoCgopXSB9AAAAAAAADAAAAAQAAABfAAAAYAAAAGEAAACEBhAATwAAAGcGAAAVAAAAhAYQAE8AAACVBgAAFQAAAIQGEABPAAAAlgYAABUAAACEBhAATwAAAHQFAAAoAAAAhAYQAE8AAAB0BQAAEgAAAFsuLi5dY2FsbGVkIGBPcHRpb246OnVud3JhcCgpYCBvbiBhIGBOb25lYCB2YWx1ZT09WwEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEHRt8AACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQY+4wAALthFMYXp5Q2VsbCBpbnN0YW5jZSBoYXMgcHJldmlvdXNseSBiZWVuIHBvaXNvbmVkAAAA2gMQAE0AAAB0AQAABQAAAAAGAQEDAQQCBQcHAggICQIKBQsCDgQQARECEgUTHBQBFQIXAhkNHAUdCB8BJAFqBGsCbgKvA7ECvALPAtEC1AzVCdYC1wLaAeAF4QLmAecE6ALuIPAE+AL6BfsBDCc7Pk5Pj56en3uLk5aisrqGsQYHCTY9Plbz0NEEFBg2N1ZXf6qur7014BKHiY6eBA0OERIpMTQ6RUZJSk5PZGWKjI2PtsHDxMbL1ly2txscBwgKCxQXNjk6qKnY2Qk3kJGoBwo7PmZpj5IRb1+/7u9aYrm69Pz/U1Samy4vJyhVnaCho6SnqK26vMQGCwwVHTo/RVGmp8zNoAcZGiIlPj/f5+zv/8XGBCAjJSYoMzg6SEpMUFNVVlhaXF5gY2Vma3N4fX+KpKqvsMDQrq9ub8fd3pNeInsFAwQtA2YDAS8ugIIdAzEPHAQkCR4FKwVEBA4qgKoGJAQkBCgINAtOAzQMgTcJFgoIGDtFOQNjCAkwFgUhAxsFGyY4BEsFLwQKBwkHQCAnBAwJNgM6BRoHBAwHUEk3Mw0zBy4ICgYmAx0IAoDQUhAGCAkhLggqFhomHBQXCU4EJAlEDRkHCgZICCcJdQtCPioGOwUKBlEGAQUQAwULWQgCHWIeSAgKgKZeIkULCgYNEzoGCgYUHCwEF4C5PGRTDEgJCkZFG0gIUw1JBwpWCFgiDgoGRgodA0dJNwMOCAoGOQcKBiwECoD2GQc7Ax1VAQ8yDYObZnULgMSKTGMNhDAQFgqPmwWCR5q5OobGgjkHKgRcBiYKRgooBROBsDqAxlsFNCxLBDkHEUAFCwcJnNYpIGFzof2BMw8BHQYOBAiBjIkEawUNAwkHEI9ggP0DgbQGFw8RD0cJdDyA9gpzCHAVRnoUDBQMVwkZgIeBRwOFQg8VhFAfBgaA1SsFPiEBcC0DGgQCgUAfEToFAYHQKoDWKwQBgMA2CAKA4ID3KUwECgQCgxFETD2AwjwGAQRVBRs0AoEOLARkDFYKgK44HQ0sBAkHAg4GgJqD2QMRAw0DgNoGDAQBDwwEOAgKBigILAQCDgkngVgIHQMLAzsEHgQKB4D7hAUAAQMFBQYGAgcGCAcJEQocCxkMGQ0QDgwPBBADEhITCRYBFwQYARkDGgkbARwCHxYgAysCLQsuATAEMQIyAakCqgSrCPoC+wX+A/8JrXh5i42iMFdYi4yQHN0OD0tM+/wuLz9cXV/ihI2OkZKpsbq7xcbJyt7k5f8ABBESKTE0Nzo7PUlKXYSOkqmxtLq7xsrOz+TlAAQNDhESKTE0OjtFRklKXmRlhJGbncnOzw0RKTo7RUlXW15fZGWNkam0urvFyd/k5fANEUVJZGWAhLK8vr/V1/Dxg4WLpKa+v8XHz9rbSJi9zcbOz0lOT1dZXl+Jjo+xtre/wcbH1xEWF1tc9vf+/4Btcd7fDh9ubxwdX31+rq/e3027vBYXHh9GR05PWFpcXn5/tcXU1dzw8fVyc490dSYuL6evt7/Hz9ffmgBAl5gwjx/O/05PWlsHCA8QJy/u725vNz0/QkVTZ3XIydDR2Nnn/v8AIF8igt8EgkQIGwQGEYGsDoCrBSAHgRwDGQgBBC8ENAQHAwEHBgcRClAPEgdVBwMEHAoJAwgDBwMCAwMDDAQFAwsGAQ4VBU4HGwdXBwIFGAxQBEMDLQMBBBEGDww6BB0lXyBtBGolgMgFgrADGgaC/QNZBxYJGAkUDBQMagYKBhoGWQcrBUYKLAQMBAEDMQssBBoGCwOArAYKBkwUgPQIPAMPAz4FOAgrBYL/ERgILxEtAyIOIQ+AjASCmhYLFYiUBS8FOwcCDhgJgL4idAyA1hqBEAWA4QnyngM3CYFcFIC4CIDdFDwDCgY4CEYIDAZ0Cx4DWgRZCYCDGBwKFglMBICKBqukDBcEMaEEgdomBwwFBYKzICoGTASAjQSAvgMbAw8NFggQAFUAAAAKAAAAKwAAABYIEABVAAAAGgAAADYAAABgYXN5bmMgZm5gIHJlc3VtZWQgYWZ0ZXIgY29tcGxldGlvbgAAAwAAgwQgAJEFYABdE6AAEhcgHwwgYB/vLGArKjDgK2+moCwCqCAtHvsgLgD+YDae/6A2/QEhNwEKYTckDSE4qw6hOS8YITrzHiFLQDShUx5h4VTwamFVT2/hVZ28YVYAz2FXZdGhVwDaIVgA4KFZruIhW+zk4VzQ6GFdIADuXvABf18gICAgMHgwMTIzNDU2Nzg5QUJDREVGZmFsc2V0cnVlANsIEABLAAAAfgsAACYAAADbCBAASwAAAIcLAAAaAAAAUmVmQ2VsbCBhbHJlYWR5IG11dGFibHkgYm9ycm93ZWRSZWZDZWxsIGFscmVhZHkgYm9ycm93ZWRIYXNoIHRhYmxlIGNhcGFjaXR5IG92ZXJmbG93sAgQACoAAAAlAAAAKAAAAGIAAAAEAAAABAAAAGMAAABkAAAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWRpbnRlcm5hbCBlcnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlAADaAxAATQAAAP4AAAAuAAAA2gMQAE0AAADtAAAATAAAAKELEABBAAAA+TsAAAEAAABqAAAAawAAAGwAAABtAAAA1AYQAEoAAADIAAAALAAAANQGEABKAAAAuwAAACAAAABuAAAAbwAAAHAAAABxAAAAvwoQAFcAAACcAAAAJQAAALcHEABLAAAAJwAAAC4AAAC3BxAASwAAACoAAAApAAAAtwcQAEsAAABAAAAAGgAAACgEEABPAAAA/AMAADMAAAAoBBAATwAAAAcEAAA3AAAARXJyb3IAAACEBhAATwAAAM0BAAA3AEHQycAACwUBAAAAcwBB4MnAAAsFAQAAAHQAQfDJwAALixEBAAAAdQAAAHVsbHJ1ZWFsc2UAAD4GEABFAAAALAgAACgAAAA+BhAARQAAAC0IAAAwAAAAfSJ7LDoAAAArDBAARgAAALkAAAAnAAAA4wsQAEcAAABrAAAAGQAAAOMLEABHAAAAawAAACgAAABvYmplY3QAAAMIEAASAAAAbgAAABQAAAADCBAAEgAAAHAAAAAeAAAAAwgQABIAAABxAAAAJwAAAAMIEAASAAAAcQAAADQAAABhIHNsb3QgYm9keSBoYXMgdGhlIHdyb25nIGxlbmd0aCBmb3IgaXRzIHR5cGVoZWFkZXIgZW5kcyBpbnNpZGUgYSBzbG90IGJvZHloZWFkZXIgZW5kcyBpbnNpZGUgYSBzbG90c2xvdCBjb3VudCBtdXN0IGJlIGJldHdlZW4gMSBhbmQgMTAyNHJlc2VydmVkIGZsYWdzIGJ5dGUgaXMgbm90IHplcm9oZWFkZXIgaXMgc2hvcnRlciB0aGFuIGl0cyBmaXhlZCBmaWVsZHMAAwgQABIAAACMAQAACwAAAAMIEAASAAAA6QAAAC0AAABtYW5pZmVzdAMIEAASAAAAoAAAACgAAAADCBAAEgAAAKAAAAAwAAAAAwgQABIAAACgAAAAPAAAAAMIEAASAAAAoAAAAEgAAAADCBAAEgAAAK4AAAAfAAAAAwgQABIAAACuAAAADQAAAGhlYWRlciBsZW5ndGggZG9lcyBub3QgbWF0Y2ggaXRzIG1hbmlmZXN0IGxlbmd0aCAodHJ1bmNhdGVkIG9yIHRyYWlsaW5nIGJ5dGVzKW1hbmlmZXN0IGxlbmd0aCBpcyBub3QgYSB2YWxpZCBjaXBoZXJ0ZXh0IGxlbmd0aGhlYWRlciBlbmRzIGJlZm9yZSB0aGUgbWFuaWZlc3QgbGVuZ3RoaGVhZGVyIGxhcmdlciB0aGFuIHRoZSBmb3JtYXQgYWxsb3dzcGFuZWxjcnlwdC92MSBoZWFkZXItbWFjxCcQABgAAACrChAAEwAAANcAAAAfAAAAqwoQABMAAACXAQAACAAAAKsKEAATAAAAiwEAACkAAACrChAAEwAAAJABAAANAAAAqwoQABMAAABVAAAADwAAAEFFQURfQUVTXzI1Nl9HQ01jMnNwLm9yZy9jaHVua2VkLWVuY3J5cHRpb25AdjErYW4gb2JqZWN0IGlkIGFwcGVhcnMgdHdpY2VvYmplY3QgbGVuZ3RoIGV4Y2VlZHMgMSBUaUJtZWRpYSB0eXBlIGlzIG5vdCBhIHR5cGUvc3VidHlwZSB0b2tlbi8rLS5uYW1ld2lkdGhoZWlnaHR2YXJpYW50c3BsYWNlaG9sZGVywigQAAQAAABcJRAABgAAAMYoEAAFAAAAyygQAAYAAADRKBAACAAAANkoEAALAAAAxigQAAUAAADLKBAABgAAAFwlEAAGAAAAdmVyc2lvbmVudHJpZXMAACwpEAAHAAAAMykQAAcAAABpZGxlbnR5cGUAAABMKRAAAgAAAE4pEAADAAAAUSkQAAQAAABkYXRhUSkQAAQAAABwKRAABAAAALkEEAAUAAAA6gAAADgAAABtYW5pZmVzdCBwYWRkaW5nIGlzIG5vdCBQQURNw4kgemVybyBwYWRkaW5nbWFuaWZlc3QgbGVuZ3RoIGZpZWxkIGV4Y2VlZHMgdGhlIHBsYWludGV4dG1hbmlmZXN0IHBsYWludGV4dCBzaG9ydGVyIHRoYW4gaXRzIGxlbmd0aCBmaWVsZG1hbmlmZXN0IGlzIG5vdCB2YWxpZCBKU09OIG9mIHRoZSBkb2N1bWVudGVkIHNoYXBlcGxhY2Vob2xkZXIgbGFyZ2VyIHRoYW4gNCBLaUJ2YXJpYW50IHdpZHRocyBtdXN0IGJlIG5vbi16ZXJvIGFuZCBzdHJpY3RseSBpbmNyZWFzaW5nbW9yZSB0aGFuIDE2IHZhcmlhbnRzIGluIG9uZSBlbnRyeXdpZHRoIGFuZCBoZWlnaHQgbXVzdCBib3RoIGJlIHByZXNlbnQgYW5kIG5vbi16ZXJvLCBvciBib3RoIGFic2VudGVudHJpZXMgYXJlIG5vdCBzb3J0ZWQgYnkgbmFtZSBvciBhIG5hbWUgcmVwZWF0c2VudHJ5IG5hbWUgbXVzdCBiZSBhIHJlbGF0aXZlIHBhdGggd2l0aG91dCAnLicsICcuLicsIGVtcHR5IHNlZ21lbnRzLCBiYWNrc2xhc2hlcyBvciBjb250cm9sIGNoYXJhY3RlcnNlbnRyeSBuYW1lIGlzIGVtcHR5IG9yIGxvbmdlciB0aGFuIDEwMjQgYnl0ZXNtb3JlIHRoYW4gMTAwMDAwIGVudHJpZXNtYW5pZmVzdCB2ZXJzaW9uIGlzIG5vdCAxLi4uYnVuZGxlIGtleWEgc2VxdWVuY2VzdHJ1Y3QgRW50cnlzdHJ1Y3QgRW50cnkgd2l0aCA2IGVsZW1lbnRzHCwQABwAAAAAAAAACAAAAAQAAAB2AAAAc3RydWN0IFZhcmlhbnRzdHJ1Y3QgVmFyaWFudCB3aXRoIDMgZWxlbWVudHNeLBAAHgAAAHN0cnVjdCBNYW5pZmVzdHN0cnVjdCBNYW5pZmVzdCB3aXRoIDIgZWxlbWVudHMAAJMsEAAfAAAAc3RydWN0IE9iamVjdFJlZnN0cnVjdCBPYmplY3RSZWYgd2l0aCAzIGVsZW1lbnRzzCwQACAAAABzdHJ1Y3QgUGxhY2Vob2xkZXJzdHJ1Y3QgUGxhY2Vob2xkZXIgd2l0aCAyIGVsZW1lbnRzBi0QACIAAAClBRAAUAAAAGYAAAAiAAAApQUQAFAAAABmAAAACQAAAKUFEABQAAAAVgAAABIAAAClBRAAUAAAAFYAAABCAAAA//////////9wLRAAQYjbwAALFXcAAAAMAAAABAAAAHgAAAB5AAAAUABBqNvAAAvKBAEAAABRAAAAYSBEaXNwbGF5IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHVuZXhwZWN0ZWRseQBrBxAASwAAAGQLAAAOAAAAZGVzdCBpcyBvdXQgb2YgYm91bmRzbWlkID4gbGVuAAB4BBAAQAAAAMIAAAAgAAAAeAQQAEAAAADCAAAAKgAAAHgEEABAAAAAwgAAABUAAAB4BBAAQAAAANoAAAAnAAAAeAQQAEAAAADaAAAAKgAAAHgEEABAAAAA2gAAADQAAAB4BBAAQAAAANoAAAA3AAAAeAQQAEAAAADaAAAAHAAAAGRlY3J5cHRpb24gZmFpbGVkOiB3cm9uZyBrZXksIG9yIHRoZSBkYXRhIHdhcyBtb2RpZmllZCwgc3dhcHBlZCBvciB0cnVuY2F0ZWRub3QgYSBwYW5lbGNyeXB0IGJ1bmRsZSAoYmFkIG1hZ2ljIGJ5dGVzKW5vIGtleSBzbG90IGluIHRoaXMgYnVuZGxlIGNhbiBiZSBvcGVuZWQgd2l0aCB0aGUgZ2l2ZW4ga2V5c3RoZSBzeXN0ZW0gcmFuZG9tIG51bWJlciBnZW5lcmF0b3IgZmFpbGVkAAAfBxAASwAAAIAAAAAOAAAAHwcQAEsAAACAAAAAFAAAAB8HEABLAAAAgwAAABcAAABvYmplY3QgaWQgaXMgbm90IDMyIGxvd2VyLWNhc2UgaGV4IGRpZ2l0c29iamVjdCBpZCBpcyBub3QgaGV4U3RyZWFtQ2lwaGVyRXJyb3IAQfzfwAALsQEBAAAAegAAAG51bWJlciBvZiByZW1haW5pbmcgYmxvY2tzIGluc3VmZmljaWVudAAfBxAASwAAAJIAAAAOAAAAAAAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbCMm882fmCWo7p8qEha5nuyv4lP5y82488TYdXzr1T6XRguatf1IOUR9sPiuMaAWba71B+6vZgx95IX4TGc3gWwAAAAAAAAAAAQAAAHsAQbjhwAALBQEAAAB7AEHI4cAACwUBAAAAfABB2OHAAAsFAQAAAH0AQejhwAALBQEAAAB+AEH44cAACwUBAAAAfwBBiOLAAAsFAQAAAIAAQZjiwAAL2gEBAAAAgQAAAHUzMnU2NGV4cGxpY2l0IHBhbmljEQoQAEgAAAAkCQAAEgAAAG9uZSBvZiAsIGJ5dGUgYXJyYXlPcHRpb24gdmFsdWVuZXd0eXBlIHN0cnVjdHNlcXVlbmNlbWFwZW51bXVuaXQgdmFyaWFudG5ld3R5cGUgdmFyaWFudHR1cGxlIHZhcmlhbnRzdHJ1Y3QgdmFyaWFudGEgYm9ycm93ZWQgc3RyaW5nYSBzdHJpbmd1dXV1dXV1dWJ0bnVmcnV1dXV1dXV1dXV1dXV1dXV1dQAAIgBBq+TAAAsBXABBz+XAAAvTJzAxMjM0NTY3ODlhYmNkZWZhc3NlcnRpb24gZmFpbGVkOiBzZWxmLmlzX2NoYXJfYm91bmRhcnkobmV3X2xlbikAAAAAAAAA8D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAAAACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAgOA3ecNBQwCg2IVXNHZDAMhOZ23Bq0MAPZFg5FjhQ0CMtXgdrxVEUO/i1uQaS0SS1U0Gz/CARPZK4ccCLbVEtJ3ZeUN46kSRAigsKosgRTUDMrf0rVRFAoT+5HHZiUWBEh8v5yfARSHX5vrgMfRF6oygOVk+KUYksAiI741fRhduBbW1uJNGnMlGIuOmyEYDfNjqm9D+RoJNx3JhQjNH4yB5z/kSaEcbaVdDuBeeR7GhFirTztJHHUqc9IeCB0ilXMPxKWM9SOcZGjf6XXJIYaDgxHj1pkh5yBj21rLcSEx9z1nG7xFJnlxD8LdrRknGM1TspQZ8SVygtLMnhLFJc8ihoDHl5UmPOsoIfl4bSppkfsUOG1FKwP3ddtJhhUowfZUUR7q6Sj5u3WxstPBKzskUiIfhJEtB/Blq6RlaS6k9UOIxUJBLE03kWj5kxEtXYJ3xTX35S224BG6h3C9MRPPC5OTpY0wVsPMdXuSYTBuccKV1Hc9MkWFmh2lyA031+T/pA084TXL4j+PEYm5NR/s5Drv9ok0ZesjRKb3XTZ+YOkZ0rA1OZJ/kq8iLQk49x93Wui53Tgw5lYxp+qxOp0Pd94Ec4k6RlNR1oqMWT7W5SROLTExPERQO7NavgU8WmRGnzBu2T1v/1dC/outPmb+F4rdFIVB/LyfbJZdVUF/78FHv/IpQG502kxXewFBiRAT4mhX1UHtVBbYBWypRbVXDEeF4YFHIKjRWGZeUUXo1wavfvMlRbMFYywsWAFLH8S6+jhs0Ujmuum1yImlSx1kpCQ9rn1Id2Lll6aLTUiROKL+jiwhTrWHyroyuPlMMfVftFy1zU09crehd+KdTY7PYYnX23VMecMddCboSVCVMObWLaEdULp+Hoq5CfVR9w5QlrUmyVFz0+W4Y3OZUc3G4ih6THFXoRrMW89tRVaIYYNzvUoZVyh5406vnu1U/Eytky3DxVQ7YNT3+zCVWEk6DzD1AW1bLENKfJgiRVv6UxkcwSsVWPTq4Wbyc+lZmJBO49aEwV4DtFyZzymRX4Oid7w/9mVeMscL1KT7QV+9dM3O0TQRYazUAkCFhOVjFQgD0ablvWLspgDji06NYKjSgxtrI2Fg1QUh4EfsOWcEoLevqXENZ8XL4pSU0eFmtj3YPL0GuWcwZqmm96OJZP6AUxOyiF1pPyBn1p4tNWjIdMPlId4JafiR8NxsVt1qeLVsFYtrsWoL8WEN9CCJbozsvlJyKVluMCju5Qy2MW5fmxFNKnMFbPSC26FwD9ltNqOMiNIQrXDBJzpWgMmFcfNtBu0h/lVxbUhLqGt/KXHlzS9JwywBdV1DeBk3+NF1t5JVI4D1qXcSuXS2sZqBddRq1OFeA1F0SYeIGbaAJXqt8TSREBEBe1ttgLVUFdF7MErl4qgapXn9X5xZVSN9er5ZQLjWNE19bvOR5gnBIX3LrXRijjH5fJ7M67+UXs1/xXwlr393nX+23y0VX1R1g9FKfi1alUmCxJ4curE6HYJ3xKDpXIr1gApdZhHY18mDD/G8l1MImYfT7yy6Jc1xheH0/vTXIkWHWXI8sQzrGYQw0s/fTyPthhwDQeoRdMWKpAISZ5bRlYtQA5f8eIptihCDvX1P10GKl6Oo3qDIFY8+i5UVSfzpjwYWva5OPcGMyZ5tGeLOkY/5AQlhW4Nljn2gp9zUsEGTGwvN0QzdEZHizMFIURXlkVuC8ZlmWr2Q2DDbg973jZEOPQ9h1rRhlFHNUTtPYTmXsx/QQhEeDZej5MRVlGbhlYXh+Wr4f7mU9C4/41tMiZgzOsrbMiFdmj4Ff5P9qjWb5sLvu32LCZjidauqX+/ZmhkQF5X26LGfUSiOvjvRhZ4kd7FqycZZn6ySn8R4OzGcTdwhX04gBaNeUyiwI6zVoDTr9N8pla2hIRP5inh+haFrVvfuFZ9VosUqtemfBCmmvTqys4LhAaVpi19cY53Rp8TrNDd8gqmnWRKBoi1TgaQxWyEKuaRRqj2t60xmESWpzBllIIOV/agikNy0077NqCo2FOAHr6GpM8KaGwSUfazBWKPSYd1Nru2syMX9ViGuqBn/93mq+aypkb17LAvNrNT0LNn7DJ2yCDI7DXbRdbNHHOJq6kJJsxvnGQOk0x2w3uPiQIwL9bCNzmzpWITJt609CyaupZm3m45K7FlScbXDOOzWOtNFtDMKKwrEhBm6Pci0zHqo7bpln/N9SSnFuf4H7l+ecpW7fYfp9IQTbbix9vO6U4hBvdpxrKjobRW+Ugwa1CGJ6bz0SJHFFfbBvzBZtzZac5G9/XMiAvMMZcM85fdBVGlBwQ4icROsghHBUqsMVJim5cOmUNJtvc+9wEd0AwSWoI3FWFEExL5JYcWtZkf26to5x49d63jQyw3HcjRkWwv73cVPxn5ty/i1y1PZDoQe/YnKJ9JSJyW6Xcqsx+ut7Ss1yC198c41OAnPNdlvQMOI2c4FUcgS9mmxz0HTHIrbgoXMEUnmr41jWc4amV5Yc7wt0FMj23XF1QXQYenRVztJ1dJ6Y0eqBR6t0Y//CMrEM4XQ8v3N/3U8VdQuvUN/Uo0p1Z22SC2WmgHXACHdO/s+0dfHKFOL9A+p11v5MrX5CIHaMPqBYHlNUdi9OyO7lZ4l2u2F6at/Bv3YVfYyiK9nzdlqcL4t2zyh3cIP7LVQDX3cmMr2cFGKTd7B+7MOZOsh3XJ7nNEBJ/nf5whAhyO0yeLjzVCk6qWd4pTCqs4iTnXhnXkpwNXzSeAH2XMxCGwd5gjN0fxPiPHkxoKgvTA1yeT3IkjufkKZ5TXp3Csc03HlwrIpm/KAReoxXLYA7CUZ6b604YIqLe3plbCN8Njexen9HLBsEheV6Xln3IUXmGnvblzo1689Qe9I9iQLmA4V7Ro0rg99EuntMOPuxC2vwe18Gep7OhSR89ocYRkKnWXz6VM9riQiQfDgqw8arCsR8x/RzuFYN+Xz48ZBmrFAvfTuXGsBrkmN9Cj0hsAZ3mH1MjClcyJTOfbD3mTn9HAN+nHUAiDzkN34DkwCqS91tfuJbQEpPqqJ+2nLQHONU136QjwTkGyoNf7rZgm5ROkJ/KZAjyuXIdn8zdKw8H3usf6DI64XzzOF/bnVsbP///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////wAAAQACAAMABAAFAAYABwAIAAkA//////////////////8KAAsADAANAA4ADwD/////////////////////////////////////////////////////////////////////CgALAAwADQAOAA8A////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////AAAQACAAMABAAFAAYABwAIAAkAD//////////////////6AAsADAANAA4ADwAP////////////////////////////////////////////////////////////////////+gALAAwADQAOAA8AD///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////8XCxAARgAAAM4BAAAaAAAAFwsQAEYAAADUAQAAHwAAABcLEABGAAAAGwIAABMAAAAXCxAARgAAACQCAAA+AAAAFwsQAEYAAAAgAgAAMwAAABcLEABGAAAAKgIAADoAAAAXCxAARgAAAMEBAABFAAAAIGF0IGxpbmUgAAAA9gUQAEcAAAD3AQAAIQAAAPYFEABHAAAA+wEAAAwAAAAgY29sdW1uIPYFEABHAAAAAgIAACEAAAD2BRAARwAAAAsCAAAqAAAA9gUQAEcAAAAPAgAALAAAAPYFEABHAAAAFAIAAAkAAAB3AAAADAAAAAQAAACCAAAAgwAAAFAAAACEBhAATwAAADwGAAAUAAAAhAYQAE8AAAA8BgAAIQAAAIQGEABPAAAAMAYAABQAAACEBhAATwAAADAGAAAhAAAAFwsQAEYAAACJAgAAGQAAAJgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccYXBRAARgAAAA0AAAAaAAAAFwUQAEYAAAANAAAAIwAAACKuKNeYL4pCzWXvI5FEN3EvO03sz/vAtbzbiYGl27XpOLVI81vCVjkZ0AW28RHxWZtPGa+kgj+SGIFt2tVeHKtCAgOjmKoH2L5vcEUBW4MSjLLkTr6FMSTitP/Vw30MVW+Je/J0Xb5ysZYWO/6x3oA1Esclpwbcm5Qmac908ZvB0krxnsFpm+TjJU84hke+77XVjIvGncEPZZysd8yhDCR1AitZbyzpLYPkpm6qhHRK1PtBvdypsFy1UxGD2oj5dqvfZu5SUT6YEDK0LW3GMag/IfuYyCcDsOQO777Hf1m/wo+oPfML4MYlpwqTR5Gn1W+CA+BRY8oGcG4OCmcpKRT8L9JGhQq3JybJJlw4IRsu7SrEWvxtLE3fs5WdEw04U95jr4tUcwplqLJ3PLsKanbmru1HLsnCgTs1ghSFLHKSZAPxTKHov6IBMEK8S2YaqJGX+NBwi0vCML5UBqNRbMcYUu/WGeiS0RCpZVUkBpnWKiBxV4U1DvS40bsycKBqEMjQ0rgWwaQZU6tBUQhsNx6Z647fTHdIJ6hIm+G1vLA0Y1rJxbMMHDnLikHjSqrYTnPjY3dPypxbo7iy1vNvLmj8su9d7oKPdGAvF0NvY6V4cqvwoRR4yITsOWQaCALHjCgeYyP6/76Q6b2C3utsUKQVecay96P5vitTcuPyeHHGnGEm6s4+J8oHwsAhx7iG0R7r4M3WfdrqeNFu7n9PffW6bxdyqmfwBqaYyKLFfWMKrg35vgSYPxEbRxwTNQtxG4R9BCP1d9sokyTHQHuryjK8vskVCr6ePEwNEJzEZx1DtkI+y77UxUwqfmX8nCl/Wez61jqrb8tfF1hHSowZRGxeBRAARgAAAA4AAAAaAAAAXgUQAEYAAAAOAAAAIwAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAAF4LEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAABeCxAAKgAAALcEAAANAAAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AFoKEABQAAAALAMAAAkAAABpbmYtaW5mTmFOAEGvjcEAC+oGgAAAAAAAAACgAAAAAAAAAMgAAAAAAAAA+gAAAAAAAECcAAAAAAAAUMMAAAAAAAAk9AAAAAAAgJaYAAAAAAAgvL4AAAAAAChr7gAAAAAA+QKVAAAAAEC3Q7oAAAAAEKXU6AAAAAAq54SRAAAAgPQg5rUAAACgMalf4wAAAAS/yRuOAAAAxS68orEAAEB2OmsL3gAA6IkEI8eKAABirMXreK0AgHoXtybX2ACQrG4yeIaHALRXCj8WaKkAoe3MzhvC06CEFEBhUVmEyKUZkLmlb6U6DyD0J4/Lzm8bjigQVI6v2k3kXq7w7AdK+5/0mCdEsZ13Qd/PEc2ZB++ZhQs//rIVqrTc5qcfhmO+WgYLpby0qlNrdXoH7Q8IvywpVWR/tkPVsRdMyDsa+zvvacKHRrhCp+5AT1FdPevd5FBGGhK6E+RsYWJN85Lqryi27ybiu4w2VQr3iQSJD2DLBem4tr0hycG7h+kAVJZfmoR424+/NNC9cgRSmN4nipKVAJptwZSCFw88Bbd1AAAAAAAAUMMAAAAAAAAAAAXjTDYSGTfFAAAAAAAAKGzWqoCd7/Aix/Z+ubfSOk1CTMhx1W2TE8nqOB7NGTq8AxxVqwGADAnLxiwH07/1rVyhkAgTN2gDzRCMesOHqNs2Lu8HEsKyAs+89ANe5Gf5lMeF12lu+AbRUrq+Adc2M+F8oBw0qEUQ01GgCRIRSN4eMVZ4hfqmHtVmpT5/InQqVTPxyroPKTLXlkCtR3kXfKl0CDjHsdhK2bwieK6BUjcYPzZOCkAYAAAAZAAAQAAgJAAAAAAAAAAMgBPIgh/gTF4P9jDXGwAAAAAAAAD8//fN2AGCbtE/zUABJWTbDQ0AAAAkBBRAOHFTtB14EQAAAAAwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OZAEAABQAAAAhABBnJTBAAspAgAAAGUAAAACAAAAZgAAAAIAAABnAAAAAgAAAGgAAAAAAAAAaQAAAHIAQdCUwQALCQIAAACEAAAABACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=';
function wasmSource() { return b64decode(WASM_BASE64); }
// panelcrypt loader: the panel flow around the wasm decoder.
//
// This file is not loaded as is. scripts/build-decoder.sh wraps it into
//   dist/panelcrypt.js         an ES module (served at /panelcrypt/decoder/)
//   dist/panelcrypt.inline.js  one expression embedding the decoder, for
//                              `panelcrypt snippet --inline`
// Both define `wasmGlue` (the wasm-bindgen glue: default init, Bundle,
// slot_section, has_webcrypto) and `wasmSource()` (what to instantiate).
//
// Rules for this file: no dollar sign and no double opening square bracket
// anywhere (Grafana substitutes dashboard variables in panel code), no
// import/export, no inline event handler attributes (CSP).

const VERSION = '0.1.0';
const STATE = '__panelcrypt_v1';

function pcState() {
  let s = window[STATE];
  if (!s) {
    s = {
      bundles: new Map(), // bundle URL + endpoint -> Promise<{bundle, url}>
      panels: new WeakMap(), // element -> { key, urls, root }
      live: new Set(), // records of rendered panels, to revoke URLs of removed ones
      blobBlocked: false, // CSP img-src forbids blob:
      violations: [], // recent securitypolicyviolation events
      rotation: null, // { at, promise }
      unlockCount: 0,
    };
    window[STATE] = s;
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        s.violations.push({ directive: e.effectiveDirective || e.violatedDirective, uri: e.blockedURI });
        if (s.violations.length > 50) s.violations.shift();
        if (String(e.effectiveDirective || e.violatedDirective).indexOf('img-src') === 0 && String(e.blockedURI).indexOf('blob') === 0) {
          s.blobBlocked = true;
        }
      },
      true,
    );
  }
  return s;
}

// Optional timing trace for diagnostics and benchmarks: set
// window.__panelcrypt_trace = [] before the panels render.
function mark(label) {
  const t = window.__panelcrypt_trace;
  if (Array.isArray(t)) t.push([label, Math.round(performance.now())]);
}

let wasmPromise = null;

// Fetches, compiles and instantiates the wasm decoder once; a failure is
// not kept, so a later call retries.
function loadWasm() {
  if (!wasmPromise) {
    mark('init');
    wasmPromise = Promise.resolve(wasmSource())
      .then((src) => wasmGlue.default({ module_or_path: src }))
      .then(() => {
        mark('init done');
      })
      .catch((e) => {
        wasmPromise = null;
        throw pcError('decoder_load', String((e && e.message) || e));
      });
  }
  return wasmPromise;
}

// Starts loading the wasm decoder and resolves at once: render() waits for
// the decoder itself, after it has started the bundle's header download,
// so that download overlaps the decoder's compilation. (Panel snippets call
// init() and then render(); a decoder that cannot load shows as the
// decoder_load error in each panel.)
function init() {
  loadWasm().catch(() => {});
  return Promise.resolve(api);
}

// ---------------------------------------------------------------- errors

function pcError(code, detail, extra) {
  const e = new Error(detail || code);
  e.code = code;
  if (extra) Object.assign(e, extra);
  return e;
}

const GRAFANA_ORIGIN = () => window.location.origin;

// The text a person sees for each error code: what happened, and the fix.
function describe(err, settings) {
  const code = (err && err.code) || 'unknown';
  const host = err && err.origin ? err.origin : hostOf(settings && settings.bundle);
  const msgs = {
    not_signed_in: ['Sign in to Grafana to see this image.', 'The key service found no Grafana session for this browser.'],
    forbidden: [
      'You are not allowed to see this image.',
      'Access follows Grafana: the bundle was sealed for users, teams or roles you are not part of. Ask a dashboard admin to add you or to re-seal it for your team.',
    ],
    service_account: ['This image is shown to signed-in people only.', 'Service accounts and API tokens never get image keys.'],
    session_expired: ['Your Grafana session has expired.', 'Reload the page to sign in again.'],
    object_verification: [
      'This image failed verification.',
      'The file on the image host was modified, swapped with another file or truncated, so nothing of it is shown. Upload the bundle again.',
    ],
    header_verification: [
      'This bundle failed verification.',
      'Its header on the image host was modified, or it does not match the key the key service returned. Upload the bundle again.',
    ],
    host_unreachable: [
      'The image host ' + host + ' cannot be reached.',
      'Check the bundle URL and that the host is up and reachable from this browser.',
    ],
    cors_missing: [
      'The image host ' + host + ' does not let Grafana read the bundle (CORS headers missing).',
      'Fix: make the host answer GET requests with Access-Control-Allow-Origin: ' +
        GRAFANA_ORIGIN() +
        ' (or *). On Azure Blob storage add a CORS rule for this origin with method GET; on S3 a bucket CORS configuration; on nginx add_header Access-Control-Allow-Origin.',
    ],
    csp_connect: [
      'Grafana\u2019s Content-Security-Policy blocks connections to ' + host + '.',
      'Fix: add ' + host + ' to connect-src in [security] content_security_policy_template of grafana.ini.',
    ],
    bundle_not_found: ['No bundle at ' + ((err && err.url) || (settings && settings.bundle)) + '.', 'Check the bundle URL in this panel: it must be the folder that holds header.pcb.'],
    object_missing: ['An image file of this bundle is missing on the host.', 'Upload the whole bundle folder again (header.pcb and every file under o/).'],
    host_error: ['The image host answered with an error (' + ((err && err.status) || '?') + ').', 'Check the host and the bundle URL.'],
    not_a_bundle: ['The bundle URL does not point to a panelcrypt bundle.', 'header.pcb there is not a panelcrypt header.'],
    unsupported_version: ['This bundle was made by a newer panelcrypt.', 'Update the panelcrypt key service, which serves the decoder.'],
    malformed: ['The bundle is damaged.', (err && err.message) || ''],
    no_such_image: ['This bundle has no image named ' + JSON.stringify((err && err.image) || '') + '.', (err && err.available) ? 'It has: ' + err.available.join(', ') : ''],
    decoder_load: [
      'The panelcrypt decoder could not be loaded.',
      'It is served by the key service at /panelcrypt/decoder/ on Grafana\u2019s origin: check that the reverse proxy forwards /panelcrypt/ to it. (' + ((err && err.message) || '') + ')',
    ],
    key_service_missing: [
      'No panelcrypt key service answers at ' + ((err && err.url) || '/panelcrypt/api/unlock') + '.',
      'The reverse proxy in front of Grafana must forward /panelcrypt/ to `panelcrypt serve`.',
    ],
    rate_limited: ['Too many image requests right now.', 'Wait a moment and refresh the panel.'],
    identity_unavailable: ['Grafana could not confirm who you are right now.', 'The key service could not reach Grafana; try again shortly.'],
    too_large: ['This bundle header is too large for the key service.', 'Seal it to fewer recipients.'],
    bad_request: ['The key service rejected the request.', (err && err.message) || ''],
    cross_site: ['The key service refused a request from another site.', 'Open the dashboard from Grafana\u2019s own address.'],
    key_service_error: ['The key service failed (' + ((err && err.status) || '?') + ').', (err && err.message) || ''],
    not_an_image: ['The decrypted file is not an image this browser can show.', 'Type: ' + ((err && err.type) || '?')],
    bad_key: ['The key service returned an unusable key.', (err && err.message) || ''],
    browser: ['This browser could not decrypt the image.', (err && err.message) || ''],
    bad_settings: ['This panel is not set up.', (err && err.message) || ''],
  };
  const m = msgs[code] || ['The image could not be shown.', (err && err.message) || String(err)];
  return { code: code, title: m[0], detail: m[1] };
}

function hostOf(url) {
  try {
    return new URL(url, window.location.href).origin;
  } catch (e) {
    return String(url);
  }
}

// ---------------------------------------------------------------- network

function trimSlashes(s) {
  let t = String(s);
  while (t.endsWith('/')) t = t.slice(0, -1);
  return t;
}

function joinUrl(base, path) {
  return trimSlashes(base) + '/' + path;
}

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

// Why a cross-origin fetch failed with a TypeError: CSP, CORS or the network.
async function classifyFetchFailure(url) {
  const s = pcState();
  const origin = hostOf(url);
  // Violation events are queued as tasks; give them a moment to arrive.
  await sleep(30);
  const hit = s.violations.find(
    (v) => String(v.directive).indexOf('connect-src') === 0 && (v.uri === url || hostOf(v.uri) === origin),
  );
  if (hit) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
  try {
    // An opaque no-cors request succeeds when the host answers at all.
    await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return pcError('cors_missing', 'no CORS headers', { origin: origin });
  } catch (e) {
    const again = s.violations.find((v) => String(v.directive).indexOf('connect-src') === 0 && hostOf(v.uri) === origin);
    if (again) return pcError('csp_connect', 'blocked by connect-src', { origin: origin });
    return pcError('host_unreachable', String(e), { origin: origin });
  }
}

async function fetchHostBytes(url, notFoundCode) {
  let resp;
  try {
    resp = await fetch(url, { mode: 'cors', credentials: 'omit' });
  } catch (e) {
    throw await classifyFetchFailure(url);
  }
  if (resp.status === 404 || resp.status === 403) {
    throw pcError(notFoundCode, 'HTTP ' + resp.status, { url: url, status: resp.status });
  }
  if (!resp.ok) throw pcError('host_error', 'HTTP ' + resp.status, { url: url, status: resp.status });
  return new Uint8Array(await resp.arrayBuffer());
}

function grafanaBase() {
  const b = window.grafanaBootData && window.grafanaBootData.settings && window.grafanaBootData.settings.appSubUrl;
  return typeof b === 'string' ? trimSlashes(b) : '';
}

// POST /api/user/auth-tokens/rotate once for all panels of the page.
function rotateSession() {
  const s = pcState();
  const now = Date.now();
  if (!s.rotation || now - s.rotation.at > 30000) {
    const p = fetch(grafanaBase() + '/api/user/auth-tokens/rotate', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    }).then(
      (r) => r.ok,
      () => false,
    );
    s.rotation = { at: now, promise: p };
  }
  return s.rotation.promise;
}

async function unlockOnce(endpoint, slots) {
  const s = pcState();
  s.unlockCount++;
  let resp;
  try {
    resp = await fetch(endpoint, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ slots: slots }),
    });
  } catch (e) {
    throw pcError('key_service_missing', String(e), { url: endpoint });
  }
  let body = null;
  try {
    body = await resp.json();
  } catch (e) {
    body = null;
  }
  if (resp.ok && body && typeof body.key === 'string') return body;
  const code = body && typeof body.error === 'string' ? body.error : null;
  if (!code) {
    if (resp.status === 404 || resp.status === 405 || resp.status === 502 || resp.status === 504) {
      throw pcError('key_service_missing', 'HTTP ' + resp.status, { url: endpoint, status: resp.status });
    }
    throw pcError('key_service_error', 'HTTP ' + resp.status, { status: resp.status });
  }
  throw pcError(code, (body && body.message) || code, { status: resp.status });
}

async function unlock(endpoint, slots) {
  try {
    return await unlockOnce(endpoint, slots);
  } catch (e) {
    if (e.code !== 'session_rotate') throw e;
    await rotateSession();
    try {
      return await unlockOnce(endpoint, slots);
    } catch (e2) {
      if (e2.code === 'session_rotate') throw pcError('session_expired', e2.message);
      throw e2;
    }
  }
}

function b64decode(s) {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

// One header fetch and one key request per bundle per page, shared by
// every panel. A failure is not cached, so a later render retries.
function openBundle(bundleUrl, endpoint) {
  const s = pcState();
  const cacheKey = bundleUrl + '\n' + endpoint;
  let p = s.bundles.get(cacheKey);
  if (!p) {
    p = (async () => {
      mark('header');
      // The header download overlaps the decoder's compilation.
      const headerP = fetchHostBytes(joinUrl(bundleUrl, 'header.pcb'), 'bundle_not_found');
      headerP.catch(() => {});
      await loadWasm();
      const header = await headerP;
      const info = JSON.parse(wasmGlue.slot_section(header));
      mark('unlock');
      const resp = await unlock(endpoint, info.slots);
      mark('unlocked');
      let key;
      try {
        key = b64decode(resp.key);
      } catch (e) {
        throw pcError('bad_key', 'the key is not base64');
      }
      try {
        return wasmGlue.Bundle.open(header, key, resp.bundle_id || info.bundle_id);
      } finally {
        key.fill(0);
      }
    })();
    s.bundles.set(cacheKey, p);
    p.catch(() => {
      if (s.bundles.get(cacheKey) === p) s.bundles.delete(cacheKey);
    });
  }
  return p;
}

// ---------------------------------------------------------------- DOM

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text != null) e.textContent = text;
  return e;
}

function showError(box, err, settings) {
  const d = describe(err, settings);
  box.textContent = '';
  const m = el('div', 'panelcrypt-error');
  m.setAttribute('data-panelcrypt-error', d.code);
  m.setAttribute('role', 'alert');
  const st = m.style;
  st.padding = '8px 10px';
  st.border = '1px solid rgba(224, 47, 68, 0.6)';
  st.borderRadius = '4px';
  st.background = 'rgba(224, 47, 68, 0.08)';
  st.font = '13px/1.4 sans-serif';
  st.boxSizing = 'border-box';
  st.width = '100%';
  const t = el('div', 'panelcrypt-error-title', '\u26a0 ' + d.title);
  t.style.fontWeight = '600';
  m.appendChild(t);
  if (d.detail) m.appendChild(el('div', 'panelcrypt-error-detail', d.detail));
  box.appendChild(m);
  box.setAttribute('data-panelcrypt-state', 'error');
}

function revokeRecord(rec) {
  for (const u of rec.urls) {
    try {
      URL.revokeObjectURL(u);
    } catch (e) {
      /* ignore */
    }
  }
  rec.urls = [];
}

// Revoke the object URLs of panels whose DOM is gone (a Text panel
// re-inserts its content; a dashboard switch removes panels).
function sweep() {
  const s = pcState();
  for (const rec of s.live) {
    if (!rec.root.isConnected) {
      revokeRecord(rec);
      s.live.delete(rec);
    }
  }
}

function blobToDataUrl(blob) {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

function loadImg(img, src) {
  return new Promise((resolve) => {
    const done = (ok) => {
      img.removeEventListener('load', onLoad);
      img.removeEventListener('error', onError);
      resolve(ok);
    };
    const onLoad = () => done(true);
    const onError = () => done(false);
    img.addEventListener('load', onLoad);
    img.addEventListener('error', onError);
    img.src = src;
  });
}

async function showBlob(img, blob, rec) {
  const s = pcState();
  if (!s.blobBlocked && typeof URL.createObjectURL === 'function') {
    const url = URL.createObjectURL(blob);
    rec.urls.push(url);
    if (await loadImg(img, url)) {
      img.setAttribute('data-panelcrypt-src', 'blob');
      return;
    }
    URL.revokeObjectURL(url);
    rec.urls = rec.urls.filter((u) => u !== url);
    // A CSP that forbids blob: images fails the load; remember it so the
    // other images go straight to data: URLs.
    await sleep(0);
    if (s.violations.some((v) => String(v.directive).indexOf('img-src') === 0 && String(v.uri).indexOf('blob') === 0)) {
      s.blobBlocked = true;
    }
  }
  const data = await blobToDataUrl(blob);
  if (await loadImg(img, data)) {
    img.setAttribute('data-panelcrypt-src', 'data');
    return;
  }
  throw pcError('not_an_image', 'the browser cannot decode it', { type: blob.type });
}

function displayWidth(box) {
  const w = box.getBoundingClientRect().width || box.clientWidth || 0;
  return w > 0 ? w : 800;
}

// ------------------------------------------------------- reload prefetch
//
// The objects of a bundle are named in its encrypted manifest, so normally
// no object can be requested before the key has arrived. On a reload the
// loader remembers, per tab (sessionStorage), which object id each image
// chose last time (keyed by bundle URL, image name and target width), and
// starts downloading that object at once, in parallel with the header and
// the key request. The bytes are used only if the manifest then selects the
// same object id; they are decrypted and verified like any other download
// (a stale or forged hint costs one wasted download, nothing else). Only
// object ids are stored, which are public names on the image host; never
// keys, manifests or plaintext.

const HINT_PREFIX = 'panelcrypt.v1.object\n';

function hintKey(bundleUrl, name, target) {
  return HINT_PREFIX + bundleUrl + '\n' + name + '\n' + target;
}

function readHint(k) {
  try {
    const v = window.sessionStorage.getItem(k);
    return v && v.length === 32 && !/[^0-9a-f]/.test(v) ? v : null;
  } catch (e) {
    return null; // storage disabled (sandboxed frame, privacy settings)
  }
}

function writeHint(k, id) {
  try {
    if (window.sessionStorage.getItem(k) !== id) window.sessionStorage.setItem(k, id);
  } catch (e) {
    /* storage disabled or full: no prefetch next time */
  }
}

// Starts (or joins) the download of a hinted object; one per bundle and
// object id per page, shared by the panels that hinted it. Returns a
// handle whose take(id) gives the download only for that very id.
function prefetchObject(bundleUrl, id) {
  const s = pcState();
  if (!s.prefetch) s.prefetch = new Map();
  const k = bundleUrl + '\n' + id;
  let e = s.prefetch.get(k);
  if (!e) {
    mark('prefetch ' + id);
    const p = fetchHostBytes(joinUrl(bundleUrl, 'o/' + id), 'object_missing');
    p.catch(() => {});
    e = { p: p, refs: 0 };
    s.prefetch.set(k, e);
  }
  e.refs++;
  let open = true;
  return {
    id: id,
    // The download if `want` is the hinted id, else null; either way this
    // panel's interest ends (the bytes are dropped when nobody needs them).
    take(want) {
      if (!open) return null;
      open = false;
      if (--e.refs <= 0 && s.prefetch.get(k) === e) s.prefetch.delete(k);
      return want === id ? e.p : null;
    },
  };
}

async function showImage(bundleP, settings, name, slot, rec, isCurrent, pre) {
  let bundle;
  try {
    bundle = await bundleP;
    if (!isCurrent()) return;
    let info;
    try {
      info = JSON.parse(bundle.entry(name));
    } catch (e) {
      if (e && e.code === 'no_such_image') {
        e.image = name;
        try {
          e.available = bundle.names().slice(0, 20);
        } catch (e2) {
          /* ignore */
        }
      }
      throw e;
    }
    const img = slot.querySelector('img');
    if (info.width && info.height) {
      img.style.aspectRatio = info.width + ' / ' + info.height;
      img.setAttribute('width', String(info.width));
      img.setAttribute('height', String(info.height));
    }
    if (info.placeholder && info.placeholder.data && !img.getAttribute('src')) {
      img.src = 'data:' + info.placeholder.type + ';base64,' + info.placeholder.data;
      img.style.filter = 'blur(8px)';
    }
    img.alt = settings.alt || name;
    const dpr = window.devicePixelRatio || 1;
    const target = Math.ceil(displayWidth(slot) * dpr);
    const choice = JSON.parse(bundle.choose(name, target));
    if (!/^image\//.test(choice.type)) throw pcError('not_an_image', choice.type, { type: choice.type });
    if (pre.key) writeHint(pre.key, choice.id);
    const early = pre.hint ? pre.hint.take(choice.id) : null;
    mark((early ? 'prefetched ' : 'fetch ') + name);
    const url = joinUrl(settings.bundle, 'o/' + choice.id);
    // A prefetch that failed is retried as a normal download, which names
    // the error.
    const ct = await (early ? early.catch(() => fetchHostBytes(url, 'object_missing')) : fetchHostBytes(url, 'object_missing'));
    if (!isCurrent()) return;
    mark('decrypt ' + name);
    const blob = await bundle.decrypt(choice.id, ct);
    if (!isCurrent()) return;
    mark('show ' + name);
    await showBlob(img, blob, rec);
    mark('shown ' + name);
    img.style.filter = '';
    img.setAttribute('data-panelcrypt-variant', String(choice.variant));
    slot.setAttribute('data-panelcrypt-state', 'shown');
  } catch (e) {
    if (!isCurrent()) return;
    showError(slot, e, settings);
  } finally {
    if (pre.hint) pre.hint.take(null);
  }
}

function normalize(settings) {
  const s = Object.assign({}, settings || {});
  if (typeof s.images === 'string') s.images = [s.images];
  if (!Array.isArray(s.images) && typeof s.image === 'string') s.images = [s.image];
  s.images = (s.images || []).filter((x) => typeof x === 'string' && x.length > 0);
  s.endpoint = s.endpoint || '/panelcrypt/api/unlock';
  return s;
}

// Renders the images of `settings` into `target` (an element, or a
// ShadowRoot). Calling it again for the same target with the same settings
// keeps what is shown; with other settings, or after the panel replaced its
// DOM, it renders afresh and revokes the object URLs of the old images.
async function render(target, settings) {
  const s = pcState();
  sweep();
  const cfg = normalize(settings);
  const key = JSON.stringify(cfg);
  const prev = s.panels.get(target);
  if (prev && prev.key === key && prev.root.isConnected && prev.root.parentNode === target) {
    return prev.done;
  }
  if (prev) {
    revokeRecord(prev);
    s.live.delete(prev);
    if (prev.root.parentNode) prev.root.parentNode.removeChild(prev.root);
  }
  const root = el('div', 'panelcrypt-root');
  root.setAttribute('data-panelcrypt-version', VERSION);
  const rs = root.style;
  rs.display = 'flex';
  rs.flexWrap = 'wrap';
  rs.gap = '8px';
  rs.width = '100%';
  rs.boxSizing = 'border-box';
  target.appendChild(root);
  const rec = { key: key, urls: [], root: root, done: null };
  s.panels.set(target, rec);
  s.live.add(rec);
  const isCurrent = () => s.panels.get(target) === rec && root.isConnected;

  if (!cfg.bundle || cfg.images.length === 0) {
    const box = el('div', 'panelcrypt-image');
    root.appendChild(box);
    showError(box, pcError('bad_settings', 'Set the bundle URL and at least one image name.'), cfg);
    rec.done = Promise.resolve();
    return rec.done;
  }

  const slots = cfg.images.map((name) => {
    const slot = el('div', 'panelcrypt-image');
    slot.setAttribute('data-panelcrypt-name', name);
    slot.setAttribute('data-panelcrypt-state', 'loading');
    const ss = slot.style;
    ss.flex = cfg.images.length > 1 ? '1 1 ' + Math.max(120, Math.floor(100 / cfg.images.length)) + 'px' : '1 1 100%';
    ss.minWidth = '0';
    const img = el('img');
    const is = img.style;
    is.display = 'block';
    is.maxWidth = '100%';
    is.width = '100%';
    is.height = 'auto';
    is.background = 'rgba(128, 128, 128, 0.12)';
    is.aspectRatio = '4 / 3';
    img.setAttribute('decoding', 'async');
    slot.appendChild(img);
    root.appendChild(slot);
    return slot;
  });

  const bundleP = openBundle(cfg.bundle, cfg.endpoint);
  // Reload prefetch: the hinted objects, after the header request.
  const dpr = window.devicePixelRatio || 1;
  const pres = slots.map((slot, i) => {
    const k = hintKey(cfg.bundle, cfg.images[i], Math.ceil(displayWidth(slot) * dpr));
    const id = readHint(k);
    return { key: k, hint: id ? prefetchObject(cfg.bundle, id) : null };
  });
  rec.done = Promise.all(slots.map((slot, i) => showImage(bundleP, cfg, cfg.images[i], slot, rec, isCurrent, pres[i]))).then(
    () => undefined,
  );
  return rec.done;
}

// For tests and diagnostics.
function stats() {
  const s = pcState();
  return {
    unlockRequests: s.unlockCount,
    blobBlocked: s.blobBlocked,
    livePanels: s.live.size,
    webcrypto: !!(globalThis.crypto && globalThis.crypto.subtle),
  };
}

const api = { VERSION: VERSION, init: init, render: render, stats: stats, describe: describe };
return api;
})()
