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
        __wbg_new_37eb45aaf5eeb820: function() {
            const ret = new Array();
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
        __wbg_push_c9f4893fc209f768: function(arg0, arg1) {
            const ret = arg0.push(arg1);
            return ret;
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
const WASM_BASE64 = 'AGFzbQEAAAAB1ANBYAN/f38Bf2ACf38Bf2ABfwBgAn9/AGADf39/AGAEf39/fwBgAX8Bf2AFf39/f38AYAABf2AEf39/fwF/YAAAYAFvAX9gBX9/f39/AX9gAn9/AW9gBn9/f39/fwBgAW8Bb2ACb28Bb2AFf39/fn8AYAJ/fgBgAAR/f39/YAACf39gA29vbwFvYAABb2ADb39/AGABbwBgA29/fwFvYAN/fn4AYAZ/f39/f38Bf2ADf39/AX5gAX4BfmABfwJ/f2ADb29vAX9gCG9/f29/f39vAW9gBG9/f38Bb2ABfwFvYAJvbwBgBG9vb28Bb2ADb39vAGACb38Bb2ACb28Bf2ADf39vAGAEf35+fwBgA35+fwF+YAR/f39+AGALf39/f39/f39/f38Bf2ADf39+AX9gBn9/f35/fwBgBn9/f31/fwBgBn9/f3x/fwBgBH9+fn4AYAZ/f39/f38Df39/YAR/f39/BH9/f39gA39/fwR/f39/YAJ/fwR/f39/YAV/f31/fwBgBX9/fH9/AX9gBX9/fH9/AGAFf39+f38Bf2AFf39+f38AYAV/f31/fwF/YAN/f28Cf39gBX9/f29/AW9gBH9/f28Bb2AEf39vbwBgAAN/f38ClhUsFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fNjU2ZjI1M2E1ZGQ3ZDhlYQAVFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX2luc3RhbmNlb2ZfU3VidGxlQ3J5cHRvXzcyZGQ2ODVhMTA3YjRiNWYACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyBfX3diZ19uZXdfdHlwZWRfZTA5ZGE5ZGFlNmVlNTkzNQANFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld19jZDQzNDgyOTBhZmFlNTg2ABYXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc2V0X3R5cGVfNjA5YjBjZWE2NDI5ZDdiYgAXFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzQl9fd2JnX25ld193aXRoX2J1ZmZlcl9zb3VyY2Vfc2VxdWVuY2VfYW5kX29wdGlvbnNfZWE4MGJhZjJiYzdhYzMzYQAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld183ODdiOWZiMzMwZDU1ZDc4AA0XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193Ymdfc2V0XzI3OTM0Nzk4ODgzMjljYjYAHxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyRfX3diZ19fd2JnX2NiX3VucmVmXzA5NzM2ODc5YTNmNjc1NTkAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxtfX3diZ19jYWxsX2E0MTBlYjRiNTllZDU5NjUAFRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19sZW5ndGhfMTg2MTYzMjEyZmZlNzljMwALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX25ld19mcm9tX3NsaWNlX2I4ZGFmNTQ1YTQxYzZhYTAADRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxlfX3diZ19vZl8wMjdlYjE1MzcxYWFjOTMyAA8XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc3ViYXJyYXlfNThmMzg4YTkyNDdhYzBiYgAZFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIF9fd2JnX2ltcG9ydEtleV9kOGRiNTIxYTk4ZWExOTkxACAXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMbX193YmdfZmlsbF82YWIyZmZhYjQ3Y2FkN2FiACEXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMmX193YmdfbmV3X3dpdGhfbGVuZ3RoX2EzZGM2MmRlYTZlMmUxNTgAIhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19hbGxfNzlhNzBhNGI2YWNhNmY5ZQAPFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzH19fd2JnX3NldF9uYW1lX2NhZDYxYjQzNDgzZjg3MjcAFxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19zZXRfaXZfZWQ1Mzg1MDUyZWM0ZTEyNQAjFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzHl9fd2JnX2RlY3J5cHRfNWNlY2ZiMzQ2NmIwNmZkOAAkFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX3NldF9kMmQzM2I1MjQ1OGU5ODRhACUXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193YmdfbmV3XzM3ZWI0NWFhZjVlZWI4MjAAFhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfZDcxNzZjZmI3NmQ3MTExNAAmFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIV9fd2JnX2J5dGVMZW5ndGhfZmE0OGYyNDgxNGY1ZWY0NgALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzNl9fd2JnX25ld193aXRoX2J5dGVfb2Zmc2V0X2FuZF9sZW5ndGhfM2NkMzIwNTVhNDE3ZjA5NQAZFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3B1c2hfYzlmNDg5M2ZjMjA5Zjc2OAAnFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzFlODUwM2E4YTY5MGYwYTMADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19fX3diaW5kZ2VuX2lzX2Z1bmN0aW9uXzc0MWZmMmJiNjEyODM2ZjUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx5fX3diZ19yZXNvbHZlX2RiZjc4YWI0OTQyNDc4YjAADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX2U0MjkzZmIyMmNiZTc3ZGEACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qczJfX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX1RISVNfMDAzZWU4MzNhZjk2OTlmYwAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9XSU5ET1dfYjVlMDgxMGJmZWNiN2ZlYgAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzK19fd2JnX3N0YXRpY19hY2Nlc3Nvcl9TRUxGXzUzYmIyMDQ1NzQwMTQ1M2QACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19wcm90b3R5cGVzZXRjYWxsXzEzMTYyOTY1ZDFmZTdhYTMAKBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfMjA4MGM0OTAxNWUzNTI1NAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fZTNmN2YyZDM2NTcwOGJlOAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzRhMWE0ZDhkZDMzMjM3M2IAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcylfX3diZ19fX3diaW5kZ2VuX2lzX251bGxfYzIyMzExYjFjYzIyOGUzYQALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX19fd2JpbmRnZW5faXNfdW5kZWZpbmVkX2JlNWIzNDI0OWZmMWZjMTUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAAxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlAAoXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDEADRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMgANA6cDpQMEBAMGBAcDARoDBgMBBAMEAAkBBwQCBAICAAQJGwApAwEEAAQDAxEFAwMDKgEEAwMOAQQEEQgEAQMFAwwBBAEEAQEDBwEBBgEHBAQDAQQrAQcEAhEEBAMDAgQDBAMCBQYSCCwOBgwEAQMHBwMKAwADBQYBDAQFBgUDAw4DAwMDHAIEAxoHAy0EBQIOAgIEAAIFEgAEAgUEAgUFCQwELi8wAAAFAwcDAQUCAwECAwkDCQECBTECAAcFAgEEAwEDAgAEBAQEBAIDBAEDAQEBAgEDAwECAwEBAwIDBAQBAQUCCQQIAQMCAAQEAg4HBAIMBAgDAx0CAxsDAzIzAAkDBwIIBDQCAgIDAzUCAwwDAwQHBQk2Nzg5OjsCAjwCAwMDBgYCAAMDAx4eBAIABQQBCQkcPQYdAQA+PwICAgICAgIBAQIEAgAAAgICBgIBBAIEAgICAgEBBgEBAQIDAwYBAQEBAQEBAQICAgEBAQECBAQCAwIDAQcCCAQEAwEIAgMDAgoKAAACCgEAAAMKAwMDBgYCAQECAgICAQEBAwICAwIGCgkSBAAFBAsCcAGFAYUBbwCECAUDAQARBhkDfwFBgIDAAAt/AEHUlMEAC38AQeyYwQALB9kEGQZtZW1vcnkCABFfX3diZ19idW5kbGVfZnJlZQCPAhBidW5kbGVfYnVuZGxlX2lkANICDWJ1bmRsZV9jaG9vc2UApQIOYnVuZGxlX2RlY3J5cHQA4QITYnVuZGxlX2RlY3J5cHRfd2l0aADcAgxidW5kbGVfZW50cnkArQIMYnVuZGxlX25hbWVzANECC2J1bmRsZV9vcGVuAKQCDWhhc193ZWJjcnlwdG8AqwIMc2xvdF9zZWN0aW9uALMCD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDNkY2E3NGQxZWZkMDllZjAA4gI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oOTNlMDZhMzJjMjU3YzY0NwDFAhRfX3diaW5kZ2VuX2V4bl9zdG9yZQCXAxdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBhFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBGl9fd2JpbmRnZW5fZGVzdHJveV9jbG9zdXJlAKMCD19fd2JpbmRnZW5fZnJlZQCYAxFfX3diaW5kZ2VuX21hbGxvYwCBAhJfX3diaW5kZ2VuX3JlYWxsb2MAiwIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwDXARZfX2V4dGVybnJlZl9kcm9wX3NsaWNlALICEF9fd2JpbmRnZW5fc3RhcnQAKQn7AQEAQQELhAFd9gF7cSqxA8IDwwOLA54DpQMrPrwD/gJqbKUDTJ4BvQPTAbABoQK8ArwCtgLNArABwAK2ArYCtgK2AbwCvgKwAcICsAG2AcsBvQLBArYBxAGwAbYBsAHJAbABygG2AbABsAGwAb8CuwKwAbYCtgLNAsQBsAHCATjfAmhjcMUDyAOEA5MChgKSAoUCpwORAnOzA4MDpwP9AfgCogN1tAIz7gLhAW2tA4MDeEX0Aa4DxgOaAl77Av0C+gL8Ao0BuAKgA78DwAO3AsMCkAK+A7UBjQOKA4gD9gKnA5ECxAOWA48DiQOUA5MDlQOOA4wDsgPWAcsDDAEXCuPNB6UDxk4CWX4DfyMAQZABayJcJAAgASACQQd0aiFdIAApAzghDCAAKQMwIUogACkDKCFGIAApAyAhGCAAKQMYIVIgACkDECFHIAApAwghPyAAKQMAIRcCQANAIAEgXUcEQEEAIQIDQCACQYABRwRAIFxBCGogAiABQYABQaiLwQAQqQIgXCgCDCJeQQdNDQQgXEEQaiACaiBcKAIIKQAAIgNCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQ3AwAgAkEIaiECDAELC0GQi8EAKQMAIVZBmIvBACkDACFXQaCLwQApAwAhWCAAIAwgXCkDiAEiBSBcKQNYIhsgXCkDECJIIFwpAxgiCkI/iSAKQjiJhSAKQgeIhXx8IFwpA4ABIgNCLYkgA0IDiYUgA0IGiIV8IgRCP4kgBEI4iYUgBEIHiIV8IFwpA2AiQCAKIFwpAyAiC0I/iSALQjiJhSALQgeIhXx8IAVCLYkgBUIDiYUgBUIGiIV8IgYgXCkDUCIUIBtCP4kgG0I4iYUgG0IHiIV8fCAFIFwpA0AiRCBcKQNIIhVCP4kgFUI4iYUgFUIHiIV8fCBcKQN4IkkgXCkDMCIPIFwpAzgiRUI/iSBFQjiJhSBFQgeIhXx8IFwpA2giQSALIFwpAygiEUI/iSARQjiJhSARQgeIhXx8IARCLYkgBEIDiYUgBEIGiIV8IgdCLYkgB0IDiYUgB0IGiIV8IghCLYkgCEIDiYUgCEIGiIV8IglCLYkgCUIDiYUgCUIGiIV8Ig18IEkgA0I/iSADQjiJhSADQgeIhXwgCXwgQSBcKQNwIkJCP4kgQkI4iYUgQkIHiIV8IAh8IBsgQEI/iSBAQjiJhSBAQgeIhXwgB3wgFSAUQj+JIBRCOImFIBRCB4iFfCAEfCADIEUgREI/iSBEQjiJhSBEQgeIhXx8IEIgESAPQj+JIA9COImFIA9CB4iFfHwgBkItiSAGQgOJhSAGQgaIhXwiDkItiSAOQgOJhSAOQgaIhXwiEEItiSAQQgOJhSAQQgaIhXwiEkItiSASQgOJhSASQgaIhXwiE0ItiSATQgOJhSATQgaIhXwiFkItiSAWQgOJhSAWQgaIhXwiGUItiSAZQgOJhSAZQgaIhXwiGkI/iSAaQjiJhSAaQgeIhSADIAVCP4kgBUI4iYUgBUIHiIV8IBJ8IEIgSUI/iSBJQjiJhSBJQgeIhXwgEHwgQCBBQj+JIEFCOImFIEFCB4iFfCAOfCANQi2JIA1CA4mFIA1CBoiFfCIcQi2JIBxCA4mFIBxCBoiFfCIdQi2JIB1CA4mFIB1CBoiFfCIefCAGQj+JIAZCOImFIAZCB4iFIAR8IBN8IB5CLYkgHkIDiYUgHkIGiIV8Ih8gDUI/iSANQjiJhSANQgeIhSASfHwgCUI/iSAJQjiJhSAJQgeIhSAQfCAefCAIQj+JIAhCOImFIAhCB4iFIA58IB18IAdCP4kgB0I4iYUgB0IHiIUgBnwgHHwgGkItiSAaQgOJhSAaQgaIhXwiIEItiSAgQgOJhSAgQgaIhXwiIUItiSAhQgOJhSAhQgaIhXwiIkItiSAiQgOJhSAiQgaIhXwiI3wgGUI/iSAZQjiJhSAZQgeIhSAdfCAifCAWQj+JIBZCOImFIBZCB4iFIBx8ICF8IBNCP4kgE0I4iYUgE0IHiIUgDXwgIHwgEkI/iSASQjiJhSASQgeIhSAJfCAafCAQQj+JIBBCOImFIBBCB4iFIAh8IBl8IA5CP4kgDkI4iYUgDkIHiIUgB3wgFnwgH0ItiSAfQgOJhSAfQgaIhXwiJEItiSAkQgOJhSAkQgaIhXwiJUItiSAlQgOJhSAlQgaIhXwiJkItiSAmQgOJhSAmQgaIhXwiJ0ItiSAnQgOJhSAnQgaIhXwiKEItiSAoQgOJhSAoQgaIhXwiKUItiSApQgOJhSApQgaIhXwiKkI/iSAqQjiJhSAqQgeIhSAeQj+JIB5COImFIB5CB4iFIBl8ICZ8IB1CP4kgHUI4iYUgHUIHiIUgFnwgJXwgHEI/iSAcQjiJhSAcQgeIhSATfCAkfCAjQi2JICNCA4mFICNCBoiFfCIrQi2JICtCA4mFICtCBoiFfCIsQi2JICxCA4mFICxCBoiFfCItfCAfQj+JIB9COImFIB9CB4iFIBp8ICd8IC1CLYkgLUIDiYUgLUIGiIV8Ii4gI0I/iSAjQjiJhSAjQgeIhSAmfHwgIkI/iSAiQjiJhSAiQgeIhSAlfCAtfCAhQj+JICFCOImFICFCB4iFICR8ICx8ICBCP4kgIEI4iYUgIEIHiIUgH3wgK3wgKkItiSAqQgOJhSAqQgaIhXwiL0ItiSAvQgOJhSAvQgaIhXwiMEItiSAwQgOJhSAwQgaIhXwiMUItiSAxQgOJhSAxQgaIhXwiMnwgKUI/iSApQjiJhSApQgeIhSAsfCAxfCAoQj+JIChCOImFIChCB4iFICt8IDB8ICdCP4kgJ0I4iYUgJ0IHiIUgI3wgL3wgJkI/iSAmQjiJhSAmQgeIhSAifCAqfCAlQj+JICVCOImFICVCB4iFICF8ICl8ICRCP4kgJEI4iYUgJEIHiIUgIHwgKHwgLkItiSAuQgOJhSAuQgaIhXwiM0ItiSAzQgOJhSAzQgaIhXwiNEItiSA0QgOJhSA0QgaIhXwiNUItiSA1QgOJhSA1QgaIhXwiNkItiSA2QgOJhSA2QgaIhXwiN0ItiSA3QgOJhSA3QgaIhXwiOEItiSA4QgOJhSA4QgaIhXwiOUI/iSA5QjiJhSA5QgeIhSAtQj+JIC1COImFIC1CB4iFICl8IDV8ICxCP4kgLEI4iYUgLEIHiIUgKHwgNHwgK0I/iSArQjiJhSArQgeIhSAnfCAzfCAyQi2JIDJCA4mFIDJCBoiFfCI6Qi2JIDpCA4mFIDpCBoiFfCI7Qi2JIDtCA4mFIDtCBoiFfCI8fCAuQj+JIC5COImFIC5CB4iFICp8IDZ8IDxCLYkgPEIDiYUgPEIGiIV8Ij0gMkI/iSAyQjiJhSAyQgeIhSA1fHwgMUI/iSAxQjiJhSAxQgeIhSA0fCA8fCAwQj+JIDBCOImFIDBCB4iFIDN8IDt8IC9CP4kgL0I4iYUgL0IHiIUgLnwgOnwgOUItiSA5QgOJhSA5QgaIhXwiPkItiSA+QgOJhSA+QgaIhXwiS0ItiSBLQgOJhSBLQgaIhXwiTEItiSBMQgOJhSBMQgaIhXwiTXwgOEI/iSA4QjiJhSA4QgeIhSA7fCBMfCA3Qj+JIDdCOImFIDdCB4iFIDp8IEt8IDZCP4kgNkI4iYUgNkIHiIUgMnwgPnwgNUI/iSA1QjiJhSA1QgeIhSAxfCA5fCA0Qj+JIDRCOImFIDRCB4iFIDB8IDh8IDNCP4kgM0I4iYUgM0IHiIUgL3wgN3wgPUItiSA9QgOJhSA9QgaIhXwiQ0ItiSBDQgOJhSBDQgaIhXwiTkItiSBOQgOJhSBOQgaIhXwiT0ItiSBPQgOJhSBPQgaIhXwiUEItiSBQQgOJhSBQQgaIhXwiUUItiSBRQgOJhSBRQgaIhXwiU0ItiSBTQgOJhSBTQgaIhXwiVEGIi8EAKQMAfEHIhsEAKQMAIA9BqIbBACkDACBIIBggRoMgDHwgSiAYQn+Fg3wgGEIyiSAYQi6JhSAYQheJhXx8fCJIIFJ8Igx8fEGwhsEAKQMAIAogSnx8IEYgDEJ/hYN8IAwgGIN8IAxCMokgDEIuiYUgDEIXiYV8IlUgR3wiCkHAhsEAKQMAIBEgGHx8IAxBuIbBACkDACALIEZ8fCAYIApCf4WDfCAKIAyDfCAKQjKJIApCLomFIApCF4mFfCJZID98IgtCf4WDfCAKIAuDfCALQjKJIAtCLomFIAtCF4mFfCJaIBd8Ig9Cf4WDfCALIA+DfCAPQjKJIA9CLomFIA9CF4mFfCJbIBdCJIkgF0IeiYUgF0IZiYUgPyBHhSAXgyA/IEeDhXwgSHwiDHwiEUHohsEAKQMAIBR8fEHQhsEAKQMAIEV8IAp8IAsgEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IkUgDEIkiSAMQh6JhSAMQhmJhSAMIBcgP4WDIBcgP4OFfCBVfCIKfCIUQeCGwQApAwAgFXwgD3wgEUHYhsEAKQMAIER8IAt8IA8gFEJ/hYN8IBEgFIN8IBRCMokgFEIuiYUgFEIXiYV8IkQgCkIkiSAKQh6JhSAKQhmJhSAKIAwgF4WDIAwgF4OFfCBZfCILfCIPQn+Fg3wgDyAUg3wgD0IyiSAPQi6JhSAPQheJhXwiSCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IFp8Igx8IhFCf4WDfCAPIBGDfCARQjKJIBFCLomFIBFCF4mFfCJVIAxCJIkgDEIeiYUgDEIZiYUgDCAKIAuFgyAKIAuDhXwgW3wiCnwiFSBCQYiHwQApAwB8fEHwhsEAKQMAIBt8IBR8IA8gFUJ/hYN8IBEgFYN8IBVCMokgFUIuiYUgFUIXiYV8IhsgCkIkiSAKQh6JhSAKQhmJhSAKIAsgDIWDIAsgDIOFfCBFfCILfCIUIEFBgIfBACkDAHwgEXwgFUH4hsEAKQMAIEB8IA98IBEgFEJ/hYN8IBQgFYN8IBRCMokgFEIuiYUgFEIXiYV8IkAgC0IkiSALQh6JhSALQhmJhSALIAogDIWDIAogDIOFfCBEfCIMfCIPQn+Fg3wgDyAUg3wgD0IyiSAPQi6JhSAPQheJhXwiQSAMQiSJIAxCHomFIAxCGYmFIAwgCiALhYMgCiALg4V8IEh8Igp8IhFCf4WDfCAPIBGDfCARQjKJIBFCLomFIBFCF4mFfCJCIApCJIkgCkIeiYUgCkIZiYUgCiALIAyFgyALIAyDhXwgVXwiC3wiFSAEQaiHwQApAwB8fEGQh8EAKQMAIEl8IBR8IA8gFUJ/hYN8IBEgFYN8IBVCMokgFUIuiYUgFUIXiYV8IhQgC0IkiSALQh6JhSALQhmJhSALIAogDIWDIAogDIOFfCAbfCIEfCIMIAVBoIfBACkDAHwgEXwgFSADQZiHwQApAwB8IA98IBEgDEJ/hYN8IAwgFYN8IAxCMokgDEIuiYUgDEIXiYV8IhEgBEIkiSAEQh6JhSAEQhmJhSAEIAogC4WDIAogC4OFfCBAfCIDfCIKQn+Fg3wgCiAMg3wgCkIyiSAKQi6JhSAKQheJhXwiFSADQiSJIANCHomFIANCGYmFIAMgBCALhYMgBCALg4V8IEF8IgV8IgtCf4WDfCAKIAuDfCALQjKJIAtCLomFIAtCF4mFfCIbIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgQnwiBHwiDyAIQciHwQApAwB8fCAGQbCHwQApAwB8IAx8IAogD0J/hYN8IAsgD4N8IA9CMokgD0IuiYUgD0IXiYV8IgwgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAUfCIDfCIGIA5BwIfBACkDAHwgC3wgDyAHQbiHwQApAwB8IAp8IAsgBkJ/hYN8IAYgD4N8IAZCMokgBkIuiYUgBkIXiYV8IgogA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCARfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiCyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBV8IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIPIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgG3wiA3wiDiANQeiHwQApAwB8fCAQQdCHwQApAwB8IAZ8IAcgDkJ/hYN8IAggDoN8IA5CMokgDkIuiYUgDkIXiYV8Ig0gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAMfCIFfCIGIBJB4IfBACkDAHwgCHwgDiAJQdiHwQApAwB8IAd8IAggBkJ/hYN8IAYgDoN8IAZCMokgBkIuiYUgBkIXiYV8IhAgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAKfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IAt8IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCISIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgD3wiBXwiCSAdQYiIwQApAwB8fCATQfCHwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhMgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCANfCIEfCIGIBZBgIjBACkDAHwgCHwgCSAcQfiHwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig0gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIOIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiCSAfQaiIwQApAwB8fCAZQZCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhIgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIGIBpBoIjBACkDAHwgCHwgCSAeQZiIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhMgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCANfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIQIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDnwiA3wiCSAlQciIwQApAwB8fCAgQbCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig4gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCASfCIFfCIGICFBwIjBACkDAHwgCHwgCSAkQbiIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhIgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCATfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCINIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEHwiBXwiCSAnQeiIwQApAwB8fCAiQdCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhAgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAOfCIEfCIGICNB4IjBACkDAHwgCHwgCSAmQdiIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig4gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCASfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiCSApQYiJwQApAwB8fCArQfCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig0gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIGICxBgInBACkDAHwgCHwgCSAoQfiIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhAgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAOfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCISIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiA3wiCSAvQaiJwQApAwB8fCAtQZCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhMgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCANfCIFfCIGIC5BoInBACkDAHwgCHwgCSAqQZiJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig0gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAQfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiECAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA58IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIOIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEnwiBXwiCSAxQciJwQApAwB8fCAzQbCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhIgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCATfCIEfCIGIDRBwInBACkDAHwgCHwgCSAwQbiJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhMgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCANfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBB8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIQIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDnwiBHwiCSA6QeiJwQApAwB8fCA1QdCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig4gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCASfCIDfCIGIDZB4InBACkDAHwgCHwgCSAyQdiJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCATfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA18IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCINIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgEHwiA3wiCSA8QYiKwQApAwB8fCA3QfCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhAgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAOfCIFfCIGIDhBgIrBACkDAHwgCHwgCSA7QfiJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig4gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCASfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBN8IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCITIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgDXwiBXwiCSBDQaiKwQApAwB8fCA5QZCKwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig0gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAQfCIEfCIGID5BoIrBACkDAHwgCHwgCSA9QZiKwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhAgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAOfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBJ8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCISIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgE3wiBHwiCSBPQciKwQApAwB8fCBLQbCKwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhMgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCANfCIDfCIGIExBwIrBACkDAHwgCHwgCSBOQbiKwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig0gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAQfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA58IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIWIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgEnwiA3wiCSBRQeiKwQApAwB8fCBNQdCKwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCATfCIFfCIGIDpCP4kgOkI4iYUgOkIHiIUgNnwgQ3wgTUItiSBNQgOJhSBNQgaIhXwiDkHgisEAKQMAfCAIfCAJIFBB2IrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA18IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIZIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgEHwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhogA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAWfCIFfCIJfCAGIDtCP4kgO0I4iYUgO0IHiIUgN3wgTnwgDkItiSAOQgOJhSAOQgaIhXwiBkHwisEAKQMAfHwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiFiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgR8Ig0gPEI/iSA8QjiJhSA8QgeIhSA4fCBPfCAGQi2JIAZCA4mFIAZCBoiFfCIQQYCLwQApAwB8IAh8IAkgU0H4isEAKQMAfCAHfCAIIA1Cf4WDfCAJIA2DfCANQjKJIA1CLomFIA1CF4mFfCIGIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiA3wiB0J/hYN8IAcgDYN8IAdCMokgB0IuiYUgB0IXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAZfCIFfCIIQn+Fg3wgByAIg3wgCEIyiSAIQi6JhSAIQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBp8IgR8Igl8Igw3AzggACAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBZ8IgNCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgBnwiBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCASfCIEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBN8IgYgUnwiUjcDGCAAIFYgPUI/iSA9QjiJhSA9QgeIhSA5fCBQfCAQQi2JIBBCA4mFIBBCBoiFfCIQfCANfCAHIAlCf4WDfCAIIAmDfCAJQjKJIAlCLomFIAlCF4mFfCINIAN8IgMgSnwiSjcDMCAAIAZCJIkgBkIeiYUgBkIZiYUgBiAEIAWFgyAEIAWDhXwgDXwiDSBHfCJHNwMQIAAgPSBXfCA+Qj+JID5COImFID5CB4iFfCAOfCBUQi2JIFRCA4mFIFRCBoiFfCAHfCAIIANCf4WDfCADIAmDfCADQjKJIANCLomFIANCF4mFfCIHIAV8IgUgRnwiRjcDKCAAIA1CJIkgDUIeiYUgDUIZiYUgDSAEIAaFgyAEIAaDhXwgB3wiByA/fCI/NwMIIAAgPiBYfCBDQj+JIENCOImFIENCB4iFfCBRfCAQQi2JIBBCA4mFIBBCBoiFfCAIfCAJIAVCf4WDfCADIAWDfCAFQjKJIAVCLomFIAVCF4mFfCIDIAQgGHx8Ihg3AyAgACAHIAYgDYWDIAYgDYOFIBd8IAdCJIkgB0IeiYUgB0IZiYV8IAN8Ihc3AwAgAUGAAWohAQwBCwsgXEGQAWokAA8LQQBBCCBeQbiLwQAQZQALhT4BSn8jAEHQAGsiFSQAIAEgAkEGdGohRiAAKAIcIQsgACgCGCE6IAAoAhQhNiAAKAIQIRggACgCDCFCIAAoAgghNyAAKAIEIS8gACgCACEXAkADQCABIEZHBEBBACECA0AgAkHAAEcEQCAVQQhqIAIgAUHAAEGIhsEAEKkCIBUoAgwiA0EDTQ0EIBVBEGogAmogFSgCCCgAACIDQf+B/AdxQQh4IANBGHhB/4H8B3FyNgIAIAJBBGohAgwBCwtB/IXBACgCACFHQYCGwQAoAgAhSEGEhsEAKAIAIUkgACALIBUoAjQiGyAVKAIQIjggFSgCFCIJQRl3IAlBDndzIAlBA3ZzamogFSgCSCICQQ93IAJBDXdzIAJBCnZzaiIDIBUoAiwiEyAVKAIwIhJBGXcgEkEOd3MgEkEDdnNqaiACIBUoAiQiNSAVKAIoIjRBGXcgNEEOd3MgNEEDdnNqaiAVKAJAIjAgFSgCHCINIBUoAiAiCkEZdyAKQQ53cyAKQQN2c2pqIBUoAjgiMSAJIBUoAhgiD0EZdyAPQQ53cyAPQQN2c2pqIBUoAkwiBEEPdyAEQQ13cyAEQQp2c2oiBUEPdyAFQQ13cyAFQQp2c2oiBkEPdyAGQQ13cyAGQQp2c2oiB0EPdyAHQQ13cyAHQQp2c2oiCCACIARBGXcgBEEOd3MgBEEDdnNqaiAwIBUoAkQiOUEZdyA5QQ53cyA5QQN2c2ogB2ogMSAVKAI8IjJBGXcgMkEOd3MgMkEDdnNqIAZqIBIgG0EZdyAbQQ53cyAbQQN2c2ogBWogBCA0IBNBGXcgE0EOd3MgE0EDdnNqaiA5IAogNUEZdyA1QQ53cyA1QQN2c2pqIDIgDyANQRl3IA1BDndzIA1BA3ZzamogA0EPdyADQQ13cyADQQp2c2oiDEEPdyAMQQ13cyAMQQp2c2oiDkEPdyAOQQ13cyAOQQp2c2oiEEEPdyAQQQ13cyAQQQp2c2oiEUEPdyARQQ13cyARQQp2c2oiFEEPdyAUQQ13cyAUQQp2c2oiFkEPdyAWQQ13cyAWQQp2c2oiGUEZdyAZQQ53cyAZQQN2cyA5IAJBGXcgAkEOd3MgAkEDdnNqIBBqIDIgMEEZdyAwQQ53cyAwQQN2c2ogDmogGyAxQRl3IDFBDndzIDFBA3ZzaiAMaiAIQQ93IAhBDXdzIAhBCnZzaiIaQQ93IBpBDXdzIBpBCnZzaiIcQQ93IBxBDXdzIBxBCnZzaiIdaiAEIANBGXcgA0EOd3MgA0EDdnNqIBFqIB1BD3cgHUENd3MgHUEKdnNqIh4gCEEZdyAIQQ53cyAIQQN2cyAQamogB0EZdyAHQQ53cyAHQQN2cyAOaiAdaiAGQRl3IAZBDndzIAZBA3ZzIAxqIBxqIAVBGXcgBUEOd3MgBUEDdnMgA2ogGmogGUEPdyAZQQ13cyAZQQp2c2oiH0EPdyAfQQ13cyAfQQp2c2oiIEEPdyAgQQ13cyAgQQp2c2oiIUEPdyAhQQ13cyAhQQp2c2oiImogFkEZdyAWQQ53cyAWQQN2cyAcaiAhaiAUQRl3IBRBDndzIBRBA3ZzIBpqICBqIBFBGXcgEUEOd3MgEUEDdnMgCGogH2ogEEEZdyAQQQ53cyAQQQN2cyAHaiAZaiAOQRl3IA5BDndzIA5BA3ZzIAZqIBZqIAxBGXcgDEEOd3MgDEEDdnMgBWogFGogHkEPdyAeQQ13cyAeQQp2c2oiI0EPdyAjQQ13cyAjQQp2c2oiJEEPdyAkQQ13cyAkQQp2c2oiJUEPdyAlQQ13cyAlQQp2c2oiJkEPdyAmQQ13cyAmQQp2c2oiJ0EPdyAnQQ13cyAnQQp2c2oiKEEPdyAoQQ13cyAoQQp2c2oiKUEZdyApQQ53cyApQQN2cyAdQRl3IB1BDndzIB1BA3ZzIBZqICVqIBxBGXcgHEEOd3MgHEEDdnMgFGogJGogGkEZdyAaQQ53cyAaQQN2cyARaiAjaiAiQQ93ICJBDXdzICJBCnZzaiIqQQ93ICpBDXdzICpBCnZzaiIrQQ93ICtBDXdzICtBCnZzaiIsaiAeQRl3IB5BDndzIB5BA3ZzIBlqICZqICxBD3cgLEENd3MgLEEKdnNqIi0gIkEZdyAiQQ53cyAiQQN2cyAlamogIUEZdyAhQQ53cyAhQQN2cyAkaiAsaiAgQRl3ICBBDndzICBBA3ZzICNqICtqIB9BGXcgH0EOd3MgH0EDdnMgHmogKmogKUEPdyApQQ13cyApQQp2c2oiLkEPdyAuQQ13cyAuQQp2c2oiO0EPdyA7QQ13cyA7QQp2c2oiPEEPdyA8QQ13cyA8QQp2c2oiPWogKEEZdyAoQQ53cyAoQQN2cyAraiA8aiAnQRl3ICdBDndzICdBA3ZzICpqIDtqICZBGXcgJkEOd3MgJkEDdnMgImogLmogJUEZdyAlQQ53cyAlQQN2cyAhaiApaiAkQRl3ICRBDndzICRBA3ZzICBqIChqICNBGXcgI0EOd3MgI0EDdnMgH2ogJ2ogLUEPdyAtQQ13cyAtQQp2c2oiM0EPdyAzQQ13cyAzQQp2c2oiPkEPdyA+QQ13cyA+QQp2c2oiP0EPdyA/QQ13cyA/QQp2c2oiQEEPdyBAQQ13cyBAQQp2c2oiQUEPdyBBQQ13cyBBQQp2c2oiQ0EPdyBDQQ13cyBDQQp2c2oiREH4hcEAKAIAakGYhMEAKAIAIApBiITBACgCACA4IBggNnEgC2ogOiAYQX9zcWogGEEadyAYQRV3cyAYQQd3c2pqaiI4IEJqIgtqakGMhMEAKAIAIAkgOmpqIDYgC0F/c3FqIAsgGHFqIAtBGncgC0EVd3MgC0EHd3NqIkUgN2oiCUGUhMEAKAIAIA0gGGpqIAtBkITBACgCACAPIDZqaiAYIAlBf3NxaiAJIAtxaiAJQRp3IAlBFXdzIAlBB3dzaiJKIC9qIgpBf3NxaiAJIApxaiAKQRp3IApBFXdzIApBB3dzaiJLIBdqIg1Bf3NxaiAKIA1xaiANQRp3IA1BFXdzIA1BB3dzaiJMIBdBHncgF0ETd3MgF0EKd3MgLyA3cyAXcSAvIDdxc2ogOGoiC2oiDyASQaiEwQAoAgBqaiA1QZyEwQAoAgBqIAlqIAogD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIjUgC0EedyALQRN3cyALQQp3cyALIBcgL3NxIBcgL3FzaiBFaiIJaiISIBNBpITBACgCAGogDWogDyA0QaCEwQAoAgBqIApqIA0gEkF/c3FqIA8gEnFqIBJBGncgEkEVd3MgEkEHd3NqIjQgCUEedyAJQRN3cyAJQQp3cyAJIAsgF3NxIAsgF3FzaiBKaiIKaiINQX9zcWogDSAScWogDUEadyANQRV3cyANQQd3c2oiOCAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIEtqIgtqIg9Bf3NxaiANIA9xaiAPQRp3IA9BFXdzIA9BB3dzaiJFIAtBHncgC0ETd3MgC0EKd3MgCyAJIApzcSAJIApxc2ogTGoiCWoiEyAwQbiEwQAoAgBqaiAbQayEwQAoAgBqIBJqIA0gE0F/c3FqIA8gE3FqIBNBGncgE0EVd3MgE0EHd3NqIhsgCUEedyAJQRN3cyAJQQp3cyAJIAogC3NxIAogC3FzaiA1aiIKaiISIDJBtITBACgCAGogD2ogEyAxQbCEwQAoAgBqIA1qIA8gEkF/c3FqIBIgE3FqIBJBGncgEkEVd3MgEkEHd3NqIjAgCkEedyAKQRN3cyAKQQp3cyAKIAkgC3NxIAkgC3FzaiA0aiILaiINQX9zcWogDSAScWogDUEadyANQRV3cyANQQd3c2oiMSALQR53IAtBE3dzIAtBCndzIAsgCSAKc3EgCSAKcXNqIDhqIglqIg9Bf3NxaiANIA9xaiAPQRp3IA9BFXdzIA9BB3dzaiIyIAlBHncgCUETd3MgCUEKd3MgCSAKIAtzcSAKIAtxc2ogRWoiCmoiEyADQciEwQAoAgBqaiA5QbyEwQAoAgBqIBJqIA0gE0F/c3FqIA8gE3FqIBNBGncgE0EVd3MgE0EHd3NqIhIgCkEedyAKQRN3cyAKQQp3cyAKIAkgC3NxIAkgC3FzaiAbaiIDaiILIARBxITBACgCAGogD2ogEyACQcCEwQAoAgBqIA1qIA8gC0F/c3FqIAsgE3FqIAtBGncgC0EVd3MgC0EHd3NqIg8gA0EedyADQRN3cyADQQp3cyADIAkgCnNxIAkgCnFzaiAwaiICaiIJQX9zcWogCSALcWogCUEadyAJQRV3cyAJQQd3c2oiEyACQR53IAJBE3dzIAJBCndzIAIgAyAKc3EgAyAKcXNqIDFqIgRqIgpBf3NxaiAJIApxaiAKQRp3IApBFXdzIApBB3dzaiIbIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogMmoiA2oiDSAOQdiEwQAoAgBqaiAFQcyEwQAoAgBqIAtqIAkgDUF/c3FqIAogDXFqIA1BGncgDUEVd3MgDUEHd3NqIgsgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiASaiICaiIFIAZB1ITBACgCAGogCmogDSAMQdCEwQAoAgBqIAlqIAogBUF/c3FqIAUgDXFqIAVBGncgBUEVd3MgBUEHd3NqIgkgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAPaiIEaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiCiAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBNqIgNqIgxBf3NxaiAGIAxxaiAMQRp3IAxBFXdzIAxBB3dzaiINIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogG2oiAmoiDiARQeiEwQAoAgBqaiAHQdyEwQAoAgBqIAVqIAYgDkF/c3FqIAwgDnFqIA5BGncgDkEVd3MgDkEHd3NqIhEgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiALaiIEaiIFIAhB5ITBACgCAGogDGogDiAQQeCEwQAoAgBqIAZqIAwgBUF/c3FqIAUgDnFqIAVBGncgBUEVd3MgBUEHd3NqIgwgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAJaiIDaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIApqIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIQIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDWoiBGoiCCAWQfiEwQAoAgBqaiAaQeyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhYgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIFIBxB9ITBACgCAGogB2ogCCAUQfCEwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhEgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAMaiICaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA5qIgRqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIOIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEGoiA2oiCCAfQYiFwQAoAgBqaiAdQfyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhAgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAWaiICaiIFIB5BhIXBACgCAGogB2ogCCAZQYCFwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhQgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiARaiIEaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiESAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAxqIgNqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIMIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogDmoiAmoiCCAhQZiFwQAoAgBqaiAjQYyFwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIg4gAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAQaiIEaiIFICRBlIXBACgCAGogB2ogCCAgQZCFwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhAgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAUaiIDaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiFCADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBFqIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIRIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDGoiBGoiCCAqQaiFwQAoAgBqaiAlQZyFwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIgwgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAOaiIDaiIFICZBpIXBACgCAGogB2ogCCAiQaCFwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIg4gA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAQaiICaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiECACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBRqIgRqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIUIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEWoiA2oiCCAsQbiFwQAoAgBqaiAnQayFwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhEgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAMaiICaiIFIChBtIXBACgCAGogB2ogCCArQbCFwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIgwgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAOaiIEaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDiAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBBqIgNqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIQIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogFGoiAmoiCCAzQciFwQAoAgBqaiApQbyFwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhQgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiARaiIEaiIFIC5BxIXBACgCAGogB2ogCCAtQcCFwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhEgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAMaiIDaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDCADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIA5qIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIOIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogEGoiBGoiCCA/QdiFwQAoAgBqaiA7QcyFwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhAgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAUaiIDaiIFIDxB1IXBACgCAGogB2ogCCA+QdCFwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhQgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiARaiICaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiESACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIAxqIgRqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIMIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogDmoiA2oiCCBBQeiFwQAoAgBqaiA9QdyFwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhYgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAQaiICaiIFICpBGXcgKkEOd3MgKkEDdnMgJmogM2ogPUEPdyA9QQ13cyA9QQp2c2oiDkHkhcEAKAIAaiAHaiAIIEBB4IXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiGSACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBRqIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIUIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEWoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhEgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAMaiICaiIIaiAFICtBGXcgK0EOd3MgK0EDdnMgJ2ogPmogDkEPdyAOQQ13cyAOQQp2c2oiBUHshcEAKAIAamogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiGiACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBZqIgRqIgwgLEEZdyAsQQ53cyAsQQN2cyAoaiA/aiAFQQ93IAVBDXdzIAVBCnZzaiIQQfSFwQAoAgBqIAdqIAggQ0HwhcEAKAIAaiAGaiAHIAxBf3NxaiAIIAxxaiAMQRp3IAxBFXdzIAxBB3dzaiIFIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogGWoiA2oiBkF/c3FqIAYgDHFqIAZBGncgBkEVd3MgBkEHd3NqIhYgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAUaiICaiIHQX9zcWogBiAHcWogB0EadyAHQRV3cyAHQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIghqIgs2AhwgACAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBpqIgNBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogBWoiAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAWaiIEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgUgQmoiQjYCDCAAIEcgLUEZdyAtQQ53cyAtQQN2cyApaiBAaiAQQQ93IBBBDXdzIBBBCnZzaiIQaiAMaiAGIAhBf3NxaiAHIAhxaiAIQRp3IAhBFXdzIAhBB3dzaiIMIANqIgMgOmoiOjYCGCAAIAVBHncgBUETd3MgBUEKd3MgBSACIARzcSACIARxc2ogDGoiDCA3aiI3NgIIIAAgLSBIaiAuQRl3IC5BDndzIC5BA3ZzaiAOaiBEQQ93IERBDXdzIERBCnZzaiAGaiAHIANBf3NxaiADIAhxaiADQRp3IANBFXdzIANBB3dzaiIGIAJqIgIgNmoiNjYCFCAAIAxBHncgDEETd3MgDEEKd3MgDCAEIAVzcSAEIAVxc2ogBmoiBiAvaiIvNgIEIAAgLiBJaiAzQRl3IDNBDndzIDNBA3ZzaiBBaiAQQQ93IBBBDXdzIBBBCnZzaiAHaiAIIAJBf3NxaiACIANxaiACQRp3IAJBFXdzIAJBB3dzaiICIAQgGGpqIhg2AhAgACAGIAUgDHNxIAUgDHFzIBdqIAZBHncgBkETd3MgBkEKd3NqIAJqIhc2AgAgAUFAayEBDAELCyAVQdAAaiQADwtBAEEEIANBmIbBABBlAAuSKQINfw9+IwBBoAlrIgIkACABKAIEIQYgASgCACEHIAEoAgghBSACQQhqIAAoAgAiCBCxASACIAg2AsgHIABBBGohCSAFQQJ2IQogAkGIB2ohCwNAIAQgCkcEQCACQdAHahDdASACQZAIahDdAUEAIQEDQCABQcAARkUEQCACQeAIaiAJEJsBIAJBkAhqIAFqIgAgAikA6Ag3AAggACACKQDgCDcAACABQRBqIQEMAQsLIAIgAjEAxAggAjEAxQhCEIaEIAIxAMYIQiCGhCACMQDHCEIwhoQgAjEAzAhCCIaEIAIxAM0IQhiGhCACMQDOCEIohoQgAjEAzwhCOIaEIg8gAjEAtAggAjEAtQhCEIaEIAIxALYIQiCGhCACMQC3CEIwhoQgAjEAvAhCCIaEIAIxAL0IQhiGhCACMQC+CEIohoQgAjEAvwhCOIaEIhBCAYiFQtWq1arVqtWq1QCDIhEgD4UiDyACMQCkCCACMQClCEIQhoQgAjEApghCIIaEIAIxAKcIQjCGhCACMQCsCEIIhoQgAjEArQhCGIaEIAIxAK4IQiiGhCACMQCvCEI4hoQiEiACMQCUCCACMQCVCEIQhoQgAjEAlghCIIaEIAIxAJcIQjCGhCACMQCcCEIIhoQgAjEAnQhCGIaEIAIxAJ4IQiiGhCACMQCfCEI4hoQiE0IBiIVC1arVqtWq1arVAIMiFCAShSISQgKIhUKz5syZs+bMmTODIhYgD4UiDyACMQDACCACMQDBCEIQhoQgAjEAwghCIIaEIAIxAMMIQjCGhCACMQDICEIIhoQgAjEAyQhCGIaEIAIxAMoIQiiGhCACMQDLCEI4hoQiFSACMQCwCCACMQCxCEIQhoQgAjEAsghCIIaEIAIxALMIQjCGhCACMQC4CEIIhoQgAjEAuQhCGIaEIAIxALoIQiiGhCACMQC7CEI4hoQiF0IBiIVC1arVqtWq1arVAIMiGSAVhSIVIAIxAKAIIAIxAKEIQhCGhCACMQCiCEIghoQgAjEAowhCMIaEIAIxAKgIQgiGhCACMQCpCEIYhoQgAjEAqghCKIaEIAIxAKsIQjiGhCIYIAIxAJAIIAIxAJEIQhCGhCACMQCSCEIghoQgAjEAkwhCMIaEIAIxAJgIQgiGhCACMQCZCEIYhoQgAjEAmghCKIaEIAIxAJsIQjiGhCIaQgGIhULVqtWq1arVqtUAgyIbIBiFIhhCAoiFQrPmzJmz5syZM4MiHCAVhSIVQgSIhUKPnrz48OHDhw+DIh0gD4U3A5gJIAIgEUIBhiAQhSIPIBRCAYYgE4UiEEICiIVCs+bMmbPmzJkzgyIRIA+FIg8gGUIBhiAXhSITIBtCAYYgGoUiFEICiIVCs+bMmbPmzJkzgyIXIBOFIhNCBIiFQo+evPjw4cOHD4MiGSAPhTcDkAkgAiAWQgKGIBKFIg8gHEIChiAYhSISQgSIhUKPnrz48OHDhw+DIhYgD4U3A4gJIAIgHUIEhiAVhTcD+AggAiARQgKGIBCFIg8gF0IChiAUhSIQQgSIhUKPnrz48OHDhw+DIhEgD4U3A4AJIAIgGUIEhiAThTcD8AggAiAWQgSGIBKFNwPoCCACIBFCBIYgEIU3A+AIQQAhAQNAAkAgAkHgCGoiAyACQQhqIAFqIgAQnAIgAxBEIAIgAikDkAkiD0I8iUKA4IOAj4C8gHCDIA9CLIlC/5/8//D/w/8Pg4QiEiAPhSIQIAIpA5gJIg9CPIlCgOCDgI+AvIBwgyAPQiyJQv+f/P/w/8P/D4OEIhEgDyARhSIPQiiJQoD+g/iP4L+Af4MgD0IYiUL/gfyH8J/A/wCDhIWFNwOYCSACIAIpA4gJIhFCPIlCgOCDgI+AvIBwgyARQiyJQv+f/P/w/8P/D4OEIhMgEYUiESASIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYU3A5AJIAIgAikDgAkiEEI8iUKA4IOAj4C8gHCDIBBCLIlC/5/8//D/w/8Pg4QiFiAQhSIQIBMgEUIoiUKA/oP4j+C/gH+DIBFCGIlC/4H8h/CfwP8Ag4SFhTcDiAkgAiACKQPoCCIRQjyJQoDgg4CPgLyAcIMgEUIsiUL/n/z/8P/D/w+DhCIVIBGFIhEgAikD8AgiEkI8iUKA4IOAj4C8gHCDIBJCLIlC/5/8//D/w/8Pg4QiEyASIBOFIhJCKIlCgP6D+I/gv4B/gyASQhiJQv+B/Ifwn8D/AIOEhYU3A/AIIAIgAikD4AgiE0I8iUKA4IOAj4C8gHCDIBNCLIlC/5/8//D/w/8Pg4QiFCAThSITQiiJQoD+g/iP4L+Af4MgE0IYiUL/gfyH8J/A/wCDhCAUhSAPhTcD4AggAiACKQP4CCIUQjyJQoDgg4CPgLyAcIMgFEIsiUL/n/z/8P/D/w+DhCIXIBSFIhQgFiAQQiiJQoD+g/iP4L+Af4MgEEIYiUL/gfyH8J/A/wCDhIWFIA+FNwOACSACIBcgFEIoiUKA/oP4j+C/gH+DIBRCGIlC/4H8h/CfwP8Ag4SFIBKFIA+FNwP4CCACIBUgEUIoiUKA/oP4j+C/gH+DIBFCGIlC/4H8h/CfwP8Ag4SFIBOFIA+FNwPoCCADIABBQGsiABCcAiABQYAGRgRAQQAhAQNAIAFBwABGDQIgAkHgCGogAWoiACAAKQMAIg9CCIggD4VCgID8h4CAwP8Ag0KBAn4gD4U3AwAgAUEIaiEBDAALAAUgAkHgCGoiAxBEIAIgAikDkAkiD0I4iUKA/oP4j+C/gH+DIA9CKIlC/4H8h/CfwP8Ag4QiESAPhSISIAIpA5gJIg9COIlCgP6D+I/gv4B/gyAPQiiJQv+B/Ifwn8D/AIOEIhAgDyAQhSIPQiCJhYU3A5gJIAIgAikDiAkiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiEyAQhSIUIBEgEkIgiYWFNwOQCSACIAIpA4AJIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhEgEIUiEiATIBRCIImFhTcDiAkgAiACKQPoCCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCITIBCFIhQgAikD8AgiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiFiAQIBaFIhZCIImFhTcD8AggAiACKQPgCCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIVIBCFIhdCIIkgFYUgD4U3A+AIIAIgAikD+AgiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiFSAQhSIQIBEgEkIgiYWFIA+FNwOACSACIBUgEEIgiYUgFoUgD4U3A/gIIAIgEyAUQiCJhSAXhSAPhTcD6AggAyAAQUBrEJwCIAMQRCACIAIpA5AJIg9CNIlC8P/D/4/+v3iDIA9CJIlCj4C8gPCBwAeDhCISIA+FIhAgAikDmAkiD0I0iULw/8P/j/6/eIMgD0IkiUKPgLyA8IHAB4OEIhEgDyARhSIPQiiJQoD+g/iP4L+Af4MgD0IYiUL/gfyH8J/A/wCDhIWFNwOYCSACIAIpA4gJIhFCNIlC8P/D/4/+v3iDIBFCJIlCj4C8gPCBwAeDhCITIBGFIhEgEiAQQiiJQoD+g/iP4L+Af4MgEEIYiUL/gfyH8J/A/wCDhIWFNwOQCSACIAIpA4AJIhBCNIlC8P/D/4/+v3iDIBBCJIlCj4C8gPCBwAeDhCIWIBCFIhAgEyARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIWFNwOICSACIAIpA+gIIhFCNIlC8P/D/4/+v3iDIBFCJIlCj4C8gPCBwAeDhCIVIBGFIhEgAikD8AgiEkI0iULw/8P/j/6/eIMgEkIkiUKPgLyA8IHAB4OEIhMgEiAThSISQiiJQoD+g/iP4L+Af4MgEkIYiUL/gfyH8J/A/wCDhIWFNwPwCCACIAIpA+AIIhNCNIlC8P/D/4/+v3iDIBNCJIlCj4C8gPCBwAeDhCIUIBOFIhNCKIlCgP6D+I/gv4B/gyATQhiJQv+B/Ifwn8D/AIOEIBSFIA+FNwPgCCACIAIpA/gIIhRCNIlC8P/D/4/+v3iDIBRCJIlCj4C8gPCBwAeDhCIXIBSFIhQgFiAQQiiJQoD+g/iP4L+Af4MgEEIYiUL/gfyH8J/A/wCDhIWFIA+FNwOACSACIBcgFEIoiUKA/oP4j+C/gH+DIBRCGIlC/4H8h/CfwP8Ag4SFIBKFIA+FNwP4CCACIBUgEUIoiUKA/oP4j+C/gH+DIBFCGIlC/4H8h/CfwP8Ag4SFIBOFIA+FNwPoCCADIABBgAFqEJwCIAMQRCACIAIpA5AJIg9CMIkiECAPhSIRIAIpA5gJIg9CMIkiEiAPIBKFIg9CIImFhTcDmAkgAiACKQOICSISQjCJIhMgEoUiEiAQIBFCIImFhTcDkAkgAiACKQOACSIQQjCJIhEgEIUiECATIBJCIImFhTcDiAkgAiACKQPoCCISQjCJIhMgEoUiEiACKQPwCCIUQjCJIhYgFCAWhSIUQiCJhYU3A/AIIAIgAikD4AgiFkIwiSIVIBaFIhZCIIkgFYUgD4U3A+AIIAIgAikD+AgiFUIwiSIXIBWFIhUgESAQQiCJhYUgD4U3A4AJIAIgFyAVQiCJhSAUhSAPhTcD+AggAiATIBJCIImFIBaFIA+FNwPoCCABQYACaiEBDAILAAsLIAJB4AhqIgAQRCAAIAsQnAIgAiACKQOYCSIPIAIpA5AJIhBCAYiFQtWq1arVqtWq1QCDIhEgD4UiDyACKQOICSISIAIpA4AJIhNCAYiFQtWq1arVqtWq1QCDIhQgEoUiEkICiIVCs+bMmbPmzJkzgyIWIA+FIg8gAikD+AgiFSACKQPwCCIXQgGIhULVqtWq1arVqtUAgyIZIBWFIhUgAikD6AgiGCACKQPgCCIaQgGIhULVqtWq1arVqtUAgyIbIBiFIhhCAoiFQrPmzJmz5syZM4MiHCAVhSIVQgSIhUKPnrz48OHDhw+DIh0gD4UiDzwAhAggAiAPQjiIPACPCCACIA9CKIg8AI4IIAIgD0IYiDwAjQggAiAPQgiIPACMCCACIA9CMIg8AIcIIAIgD0IgiDwAhgggAiAPQhCIPACFCCACIB1CBIYgFYUiDzwAgAggAiAPQjiIPACLCCACIA9CKIg8AIoIIAIgD0IYiDwAiQggAiAPQgiIPACICCACIA9CMIg8AIMIIAIgD0IgiDwAggggAiAPQhCIPACBCCACIBAgEUIBhoUiDyATIBRCAYaFIhBCAoiFQrPmzJmz5syZM4MiESAPhSIPIBcgGUIBhoUiEyAaIBtCAYaFIhRCAoiFQrPmzJmz5syZM4MiFSAThSITQgSIhUKPnrz48OHDhw+DIhcgD4UiDzwA9AcgAiAPQjiIPAD/ByACIA9CKIg8AP4HIAIgD0IYiDwA/QcgAiAPQgiIPAD8ByACIA9CMIg8APcHIAIgD0IgiDwA9gcgAiAPQhCIPAD1ByACIBZCAoYgEoUiDyAcQgKGIBiFIhJCBIiFQo+evPjw4cOHD4MiFiAPhSIPPADkByACIA9COIg8AO8HIAIgD0IoiDwA7gcgAiAPQhiIPADtByACIA9CCIg8AOwHIAIgD0IwiDwA5wcgAiAPQiCIPADmByACIA9CEIg8AOUHIAIgF0IEhiAThSIPPADwByACIA9COIg8APsHIAIgD0IoiDwA+gcgAiAPQhiIPAD5ByACIA9CCIg8APgHIAIgD0IwiDwA8wcgAiAPQiCIPADyByACIA9CEIg8APEHIAIgFkIEhiAShSIPPADgByACIA9COIg8AOsHIAIgD0IoiDwA6gcgAiAPQhiIPADpByACIA9CCIg8AOgHIAIgD0IwiDwA4wcgAiAPQiCIPADiByACIA9CEIg8AOEHIAIgEUIChiAQhSIPIBVCAoYgFIUiEEIEiIVCj568+PDhw4cPgyIRIA+FIg88ANQHIAIgD0I4iDwA3wcgAiAPQiiIPADeByACIA9CGIg8AN0HIAIgD0IIiDwA3AcgAiAPQjCIPADXByACIA9CIIg8ANYHIAIgD0IQiDwA1QcgAiARQgSGIBCFIg88ANAHIAIgD0I4iDwA2wcgAiAPQiiIPADaByACIA9CGIg8ANkHIAIgD0IIiDwA2AcgAiAPQjCIPADTByACIA9CIIg8ANIHIAIgD0IQiDwA0QcgAkGQCGogByAEQQZ0IgNqQcAA/AoAACAAEN0BQQAhAANAAkAgAEEERwRAIAJB4AhqIABBBHRqIQxBACEBA0AgAUEQRg0CIAJBkAhqIABByNzAABDVAiABQdjcwAAQ4AItAAAhDSACQdAHaiAAQejcwAAQ1QIgAUH43MAAEOACLQAAIQ4gDCABQYjdwAAQ4AIgDSAOczoAACABQQFqIQEMAAsACyADIAZqIAJB4AhqQcAA/AoAACAEQQFqIQQMAwsgAEEBaiEADAALAAsLIAVBA3EiCkEEdCEAIAJB4AhqIgEQ3QEDQCAABEAgAkHQCGoiAyAJEJsBIAJB0AdqIgQQgwIgBCADEPUBIAJBkAhqIAggBBAwIAEgAikAmAg3AAggASACKQCQCDcAACAAQRBrIQAgAUEQaiEBDAEFIAYgBUEEdEFAcSIAaiEFIAAgB2ohBkEAIQADQCAAIApGRQRAIAIgBiAAQQR0IgRqIgEpAAg3A9gHIAIgASkAADcD0AcgAkHgCGogBGohByACQZAIahD+AUEAIQEDQCABQRBGRQRAIAJB0AdqIAFBmNzAABDgAi0AACEIIAcgAUGo3MAAEOACLQAAIQkgAkGQCGogAUG43MAAEOACIAggCXM6AAAgAUEBaiEBDAELCyAEIAVqIgEgAikAmAg3AAggASACKQCQCDcAACAAQQFqIQAMAQsLIAJBoAlqJAALCwuPJAIIfwF+AkACQAJAAkAgAEH1AU8EQCAAQcz/e0sEQEEADwsgAEELaiIBQXhxIQVBoJjBACgCACIIRQ0CQR8hByAAQfX//wdPDQEgBUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEHDAELAkACQAJAAkACQEGcmMEAKAIAIgJBECAAQQtqQfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgZBA3QiAEGUlsEAaiIEIABBnJbBAGooAgAiASgCCCIDRg0BIAMgBDYCDCAEIAM2AggMAgsgBUGkmMEAKAIATQ0GIAENAkGgmMEAKAIAIgBFDQYgAGhBAnRBhJXBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIADQAgAigCGCEHAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIoAggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhBiABIgBBFGogAEEQaiAAKAIUIgEbIQQgAEEUQRAgARtqKAIAIgENAAsgBkEANgIACyAHRQ0GAkAgAigCHEECdEGElcEAaiIBKAIAIAJHBEAgAiAHKAIQRwRAIAcgADYCFCAADQIMCQsgByAANgIQIAANAQwICyABIAA2AgAgAEUNBgsgACAHNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYLIAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0GcmMEAIAJBfiAGd3E2AgALIAEgAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBCABQQhqDwsCQEECIAB0IgRBACAEa3IgASAAdHFoIgZBA3QiAUGUlsEAaiIEIAFBnJbBAGooAgAiACgCCCIDRwRAIAMgBDYCDCAEIAM2AggMAQtBnJjBACACQX4gBndxNgIACyAAIAVBA3I2AgQgACAFaiIHIAEgBWsiBkEBcjYCBCAAIAFqIAY2AgBBpJjBACgCACICBEBBrJjBACgCACEBAkBBnJjBACgCACIEQQEgAkEDdnQiA3FFBEBBnJjBACADIARyNgIAIAJBeHFBlJbBAGoiAyEEDAELIAJBeHEiAkGUlsEAaiEEIAJBnJbBAGooAgAhAwsgBCABNgIIIAMgATYCDCABIAQ2AgwgASADNgIIC0GsmMEAIAc2AgBBpJjBACAGNgIADAULQaCYwQBBoJjBACgCAEF+IAIoAhx3cTYCAAsCQAJAIANBEE8EQCACIAVBA3I2AgQgAiAFaiIGIANBAXI2AgQgAyAGaiADNgIAQaSYwQAoAgAiAUUNAUGsmMEAKAIAIQACQEGcmMEAKAIAIgRBASABQQN2dCIHcUUEQEGcmMEAIAQgB3I2AgAgAUF4cUGUlsEAaiIEIQEMAQsgAUF4cSIEQZSWwQBqIQEgBEGclsEAaigCACEECyABIAA2AgggBCAANgIMIAAgATYCDCAAIAQ2AggMAQsgAiADIAVqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQtBrJjBACAGNgIAQaSYwQAgAzYCAAsgAkEIaiIARQ0BDAILQQAgBWshAwJAAkACQCAHQQJ0QYSVwQBqKAIAIgJFBEBBACEBQQAhAAwBC0EAIQEgBUEZIAdBAXZrQQAgB0EfRxt0IQRBACEAA0ACQCACKAIEQXhxIgYgBUkNACAGIAVrIgYgA08NACACIQEgBiIDDQBBACEDIAEhAAwDCyACKAIUIgYgACAGIAIgBEEddkEEcWooAhAiAkcbIAAgBhshACAEQQF0IQQgAg0ACwsgACABckUEQEEAIQFBAiAHdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRBhJXBAGooAgAhAAsgAEUNAQsDQCADIAAoAgRBeHEiBCAFayICIAMgAiADSSIGGyAEIAVJIgQbIQMgASAAIAEgBhsgBBshASAAKAIQIgIEfyACBSAAKAIUCyIADQALCyABRQ0AIAVBpJjBACgCACIATSADIAAgBWtPcQ0AIAEoAhghBwJAAkAgASABKAIMIgBGBEAgAUEUQRAgASgCFCIAG2ooAgAiAg0BQQAhAAwCCyABKAIIIgIgADYCDCAAIAI2AggMAQsgAUEUaiABQRBqIAAbIQQDQCAEIQYgAiIAQRRqIABBEGogACgCFCICGyEEIABBFEEQIAIbaigCACICDQALIAZBADYCAAsCQCAHRQ0AAkACQCABKAIcQQJ0QYSVwQBqIgIoAgAgAUcEQCABIAcoAhBHBEAgByAANgIUIAANAgwECyAHIAA2AhAgAA0BDAMLIAIgADYCACAARQ0BCyAAIAc2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgASgCFCICRQ0BIAAgAjYCFCACIAA2AhgMAQtBoJjBAEGgmMEAKAIAQX4gASgCHHdxNgIACwJAIANBEE8EQCABIAVBA3I2AgQgASAFaiIAIANBAXI2AgQgACADaiADNgIAIANBgAJPBEAgACADEGQMAgsCQEGcmMEAKAIAIgJBASADQQN2dCIEcUUEQEGcmMEAIAIgBHI2AgAgA0H4AXFBlJbBAGoiAyECDAELIANB+AFxIgRBlJbBAGohAiAEQZyWwQBqKAIAIQMLIAIgADYCCCADIAA2AgwgACACNgIMIAAgAzYCCAwBCyABIAMgBWoiAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsgAUEIaiIADQELAkACQAJAAkACQCAFQaSYwQAoAgAiAUsEQCAFQaiYwQAoAgAiAE8EQCAFQa+ABGoiAUEQdkAAIgJBf0YEQEEADwtBACEAIAJBEHQiAkUNB0G0mMEAIAFBgIB8cSIAQRBrIAAgAkEAIABrRhsiAUG0mMEAKAIAaiIANgIAQbiYwQAgAEG4mMEAKAIAIgQgACAESxs2AgACQAJAQbCYwQAoAgAiBARAQYSWwQAhAANAIAAoAgAiAyAAKAIEIgZqIAJGDQIgACgCCCIADQALDAILQcCYwQAoAgAiAEEAIAAgAk0bRQRAQcCYwQAgAjYCAAtBxJjBAEH/HzYCAEGIlsEAIAE2AgBBhJbBACACNgIAQaCWwQBBlJbBADYCAEGolsEAQZyWwQA2AgBBnJbBAEGUlsEANgIAQbCWwQBBpJbBADYCAEGklsEAQZyWwQA2AgBBuJbBAEGslsEANgIAQayWwQBBpJbBADYCAEHAlsEAQbSWwQA2AgBBtJbBAEGslsEANgIAQciWwQBBvJbBADYCAEG8lsEAQbSWwQA2AgBB0JbBAEHElsEANgIAQcSWwQBBvJbBADYCAEHYlsEAQcyWwQA2AgBBzJbBAEHElsEANgIAQZCWwQBBADYCAEHglsEAQdSWwQA2AgBB1JbBAEHMlsEANgIAQdyWwQBB1JbBADYCAEHolsEAQdyWwQA2AgBB5JbBAEHclsEANgIAQfCWwQBB5JbBADYCAEHslsEAQeSWwQA2AgBB+JbBAEHslsEANgIAQfSWwQBB7JbBADYCAEGAl8EAQfSWwQA2AgBB/JbBAEH0lsEANgIAQYiXwQBB/JbBADYCAEGEl8EAQfyWwQA2AgBBkJfBAEGEl8EANgIAQYyXwQBBhJfBADYCAEGYl8EAQYyXwQA2AgBBlJfBAEGMl8EANgIAQaCXwQBBlJfBADYCAEGol8EAQZyXwQA2AgBBnJfBAEGUl8EANgIAQbCXwQBBpJfBADYCAEGkl8EAQZyXwQA2AgBBuJfBAEGsl8EANgIAQayXwQBBpJfBADYCAEHAl8EAQbSXwQA2AgBBtJfBAEGsl8EANgIAQciXwQBBvJfBADYCAEG8l8EAQbSXwQA2AgBB0JfBAEHEl8EANgIAQcSXwQBBvJfBADYCAEHYl8EAQcyXwQA2AgBBzJfBAEHEl8EANgIAQeCXwQBB1JfBADYCAEHUl8EAQcyXwQA2AgBB6JfBAEHcl8EANgIAQdyXwQBB1JfBADYCAEHwl8EAQeSXwQA2AgBB5JfBAEHcl8EANgIAQfiXwQBB7JfBADYCAEHsl8EAQeSXwQA2AgBBgJjBAEH0l8EANgIAQfSXwQBB7JfBADYCAEGImMEAQfyXwQA2AgBB/JfBAEH0l8EANgIAQZCYwQBBhJjBADYCAEGEmMEAQfyXwQA2AgBBmJjBAEGMmMEANgIAQYyYwQBBhJjBADYCAEGwmMEAIAI2AgBBlJjBAEGMmMEANgIAQaiYwQAgAUEoayIANgIAIAIgAEEBcjYCBCAAIAJqQSg2AgRBvJjBAEGAgIABNgIADAgLIAIgBE0gAyAES3INACAAKAIMRQ0DC0HAmMEAQcCYwQAoAgAiACACIAAgAkkbNgIAIAEgAmohA0GElsEAIQACQAJAA0AgAyAAKAIAIgZHBEAgACgCCCIADQEMAgsLIAAoAgxFDQELQYSWwQAhAANAAkAgBCAAKAIAIgNPBEAgBCADIAAoAgRqIgZJDQELIAAoAgghAAwBCwtBsJjBACACNgIAQaiYwQAgAUEoayIANgIAIAIgAEEBcjYCBCAAIAJqQSg2AgRBvJjBAEGAgIABNgIAIAQgBkEga0F4cUEIayIAIAAgBEEQakkbIgNBGzYCBEGElsEAKQIAIQkgA0EQakGMlsEAKQIANwIAIANBCGoiACAJNwIAQYiWwQAgATYCAEGElsEAIAI2AgBBjJbBACAANgIAQZCWwQBBADYCACADQRxqIQADQCAAQQc2AgAgAEEEaiIAIAZJDQALIAMgBEYNByADIAMoAgRBfnE2AgQgBCADIARrIgBBAXI2AgQgAyAANgIAIABBgAJPBEAgBCAAEGQMCAsCQEGcmMEAKAIAIgFBASAAQQN2dCICcUUEQEGcmMEAIAEgAnI2AgAgAEH4AXFBlJbBAGoiACEBDAELIABB+AFxIgBBlJbBAGohASAAQZyWwQBqKAIAIQALIAEgBDYCCCAAIAQ2AgwgBCABNgIMIAQgADYCCAwHCyAAIAI2AgAgACAAKAIEIAFqNgIEIAIgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgAiAFaiIAayEFIANBsJjBACgCAEYNAyADQayYwQAoAgBGDQQgAygCBCIBQQNxQQFGBEAgAyABQXhxIgEQWiABIAVqIQUgASADaiIDKAIEIQELIAMgAUF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEGQMBgsCQEGcmMEAKAIAIgFBASAFQQN2dCIEcUUEQEGcmMEAIAEgBHI2AgAgBUH4AXFBlJbBAGoiBSEDDAELIAVB+AFxIgFBlJbBAGohAyABQZyWwQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0GomMEAIAAgBWsiATYCAEGwmMEAQbCYwQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEADAYLQayYwQAoAgAhAAJAIAEgBWsiAkEPTQRAQayYwQBBADYCAEGkmMEAQQA2AgAgACABQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQaSYwQAgAjYCAEGsmMEAIAAgBWoiBDYCACAEIAJBAXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsMBgsgACABIAZqNgIEQbCYwQBBsJjBACgCACIAQQ9qQXhxIgJBCGsiBDYCAEGomMEAQaiYwQAoAgAgAWoiASAAIAJrakEIaiICNgIAIAQgAkEBcjYCBCAAIAFqQSg2AgRBvJjBAEGAgIABNgIADAMLQbCYwQAgADYCAEGomMEAQaiYwQAoAgAgBWoiATYCACAAIAFBAXI2AgQMAQtBrJjBACAANgIAQaSYwQBBpJjBACgCACAFaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALIAJBCGoPC0EAIQBBqJjBACgCACIBIAVNDQBBqJjBACABIAVrIgE2AgBBsJjBAEGwmMEAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEDAELIAAPCyAAQQhqC8AYAQ5/IwBBEGsiBCQAIAQgAhBLA0AgBCABIAtqIg0QnQIgBBBDIAQgBC8BDCICQQ90IAJBAXZyQYiR/v8HcSACQQt0IAJBBXZyQffuAXFyIgYgAnMiBSAELwEOIgJBD3QgAkEBdnJBiJH+/wdxIAJBC3QgAkEFdnJB9+4BcXIiAyACIANzIgJBCnQgAkH//wNxIgNBBnZyQcyZA3EgAkEGdCADQQp2ckGz5gBxcnNzOwEOIAQgBC8BCiIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgggA3MiByAGIAVBCnQgBUH//wNxIgNBBnZyQcyZA3EgBUEGdCADQQp2ckGz5gBxcnNzOwEMIAQgBC8BCCIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgwgA3MiBSAIIAdBCnQgB0H//wNxIgNBBnZyQcyZA3EgB0EGdCADQQp2ckGz5gBxcnNzOwEKIAQgBC8BAiIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgkgA3MiByAELwEEIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiBiADIAZzIgZBCnQgBkH//wNxIgNBBnZyQcyZA3EgBkEGdCADQQp2ckGz5gBxcnNzOwEEIAQgBC8BACIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgogA3MiCEEKdCAIQf//A3EiA0EGdnJBzJkDcSAIQQZ0IANBCnZyQbPmAHFyIApzIAJzOwEAIAQgBC8BBiIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgogA3MiAyAMIAVBCnQgBUH//wNxIg5BBnZyQcyZA3EgBUEGdCAOQQp2ckGz5gBxcnNzIAJzOwEIIAQgCiADQQp0IANB//8DcSIFQQZ2ckHMmQNxIANBBnQgBUEKdnJBs+YAcXJzIAZzIAJzOwEGIAQgAiAJIAdBCnQgB0H//wNxIgJBBnZyQcyZA3EgB0EGdCACQQp2ckGz5gBxcnMgCHNzOwECIAQgDUEQaiINEJ0CIAtBwAFGBEAgBBDxASAEEEMgBCABQeABahCdAiAAIAQvAQ4iASAELwEMIgJBAXZzQdWqAXEiCyABcyIBIAQvAQoiAyAELwEIIgVBAXZzQdWqAXEiByADcyIDQQJ2c0Gz5gBxIgYgAXMiASAELwEGIgggBC8BBCINQQF2c0HVqgFxIgwgCHMiCCAELwECIgkgBC8BACIKQQF2c0HVqgFxIg4gCXMiCUECdnNBs+YAcSIPIAhzIghBBHZzQY8ecSIQIAFzIgE6AA0gACABQQh2OgAPIAAgEEEEdCAIcyIBOgAMIAAgAiALQQF0cyICIAUgB0EBdHMiC0ECdnNBs+YAcSIFIAJzIgIgDSAMQQF0cyIHIAogDkEBdHMiCEECdnNBs+YAcSINIAdzIgdBBHZzQY8ecSIMIAJzIgI6AAkgACAGQQJ0IANzIgMgD0ECdCAJcyIGQQR2c0GPHnEiCSADcyIDOgAFIAAgAUEIdjoADiAAIAJBCHY6AAsgACAMQQR0IAdzIgE6AAggACADQQh2OgAHIAAgCUEEdCAGcyICOgAEIAAgBUECdCALcyILIA1BAnQgCHMiA0EEdnNBjx5xIgUgC3MiCzoAASAAIAFBCHY6AAogACACQQh2OgAGIAAgC0EIdjoAAyAAIAVBBHQgA3MiAToAACAAIAFBCHY6AAIgBEEQaiQABSAEEEMgBCAELwEMIgJBDnQgAkECdnJBzJn//wNxIAJBCnQgAkEGdnJBs+YAcXIiBiACcyIFIAQvAQ4iAkEOdCACQQJ2ckHMmf//A3EgAkEKdCACQQZ2ckGz5gBxciIDIAIgA3MiAkEIdCACQYD+A3FBCHZyc3M7AQ4gBCAELwEKIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCCADcyIHIAYgBUEIdCAFQYD+A3FBCHZyc3M7AQwgBCAELwEIIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiDCADcyIFIAggB0EIdCAHQYD+A3FBCHZyc3M7AQogBCAELwECIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCSADcyIHIAQvAQQiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIGIAMgBnMiBkEIdCAGQYD+A3FBCHZyc3M7AQQgBCAELwEAIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCiADcyIIQQh0IAhBgP4DcUEIdnIgCnMgAnM7AQAgBCAELwEGIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCiADcyIDIAwgBUEIdCAFQYD+A3FBCHZyc3MgAnM7AQggBCAKIANBCHQgA0GA/gNxQQh2cnMgBnMgAnM7AQYgBCAJIAdBCHQgB0GA/gNxQQh2cnMgCHMgAnM7AQIgBCANQRBqEJ0CIAQQQyAEIAQvAQwiAkENdCACQQN2ckHu3f//AXEgAkEJdCACQQd2ckGRInFyIgYgAnMiBSAELwEOIgJBDXQgAkEDdnJB7t3//wFxIAJBCXQgAkEHdnJBkSJxciIDIAIgA3MiAkEKdCACQf//A3EiA0EGdnJBzJkDcSACQQZ0IANBCnZyQbPmAHFyc3M7AQ4gBCAELwEKIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIIIANzIgcgBiAFQQp0IAVB//8DcSIDQQZ2ckHMmQNxIAVBBnQgA0EKdnJBs+YAcXJzczsBDCAEIAQvAQgiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgwgA3MiBSAIIAdBCnQgB0H//wNxIgNBBnZyQcyZA3EgB0EGdCADQQp2ckGz5gBxcnNzOwEKIAQgBC8BAiIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiCSADcyIHIAQvAQQiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgYgAyAGcyIGQQp0IAZB//8DcSIDQQZ2ckHMmQNxIAZBBnQgA0EKdnJBs+YAcXJzczsBBCAEIAQvAQAiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgogA3MiCEEKdCAIQf//A3EiA0EGdnJBzJkDcSAIQQZ0IANBCnZyQbPmAHFyIApzIAJzOwEAIAQgBC8BBiIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiCiADcyIDIAwgBUEKdCAFQf//A3EiDkEGdnJBzJkDcSAFQQZ0IA5BCnZyQbPmAHFyc3MgAnM7AQggBCAKIANBCnQgA0H//wNxIgVBBnZyQcyZA3EgA0EGdCAFQQp2ckGz5gBxcnMgBnMgAnM7AQYgBCACIAkgB0EKdCAHQf//A3EiAkEGdnJBzJkDcSAHQQZ0IAJBCnZyQbPmAHFycyAIc3M7AQIgBCANQSBqEJ0CIAQQQyAEIAQvAQwiAkEMdCACQQR2ciIHIAJzIgMgBC8BDiICQQx0IAJBBHZyIgUgAiAFcyICQQh0IAJBgP4DcUEIdnJzczsBDiAEIAQvAQoiBUEMdCAFQQR2ciIGIAVzIgUgByADQQh0IANBgP4DcUEIdnJzczsBDCAEIAQvAQgiA0EMdCADQQR2ciINIANzIgMgBiAFQQh0IAVBgP4DcUEIdnJzczsBCiAEIAQvAQIiBUEMdCAFQQR2ciIMIAVzIgUgBC8BBCIHQQx0IAdBBHZyIgYgBiAHcyIHQQh0IAdBgP4DcUEIdnJzczsBBCAEIAQvAQAiBkEMdCAGQQR2ciIIIAZzIgZBCHQgBkGA/gNxQQh2ciAIcyACczsBACAEIAQvAQYiCEEMdCAIQQR2ciIJIAhzIgggDSADQQh0IANBgP4DcUEIdnJzcyACczsBCCAEIAkgCEEIdCAIQYD+A3FBCHZycyAHcyACczsBBiAEIAwgBUEIdCAFQYD+A3FBCHZycyAGcyACczsBAiALQUBrIQsMAQsLC/obAhN/BX4jAEGgEGsiBSQAAkACQAJAAkAgBCgCCCIOQTdLBEAgBSAEKAIEIgYpABA3A5gHIAUgBikACDcDkAcgBSAGKQAANwOIByAFQaQHaiABIAVBiAdqIAIgAxB8AkAgBUHEB2ogBkEYahDlAUH/AXEiDUUNAEEAIQYDQCAGQfABRwRAIAVBsAhqIAZqQQA7AQAgBkECaiEGDAELCyAFQRBqIgEgBUGkB2oQ1QEgBUGwCGogARBLIAEgBUG0B2oQ1QEgBUHACGogARBLIAVB4AhqIQYgBUHQCGohAkEIIQMDQCAFQbAIaiIBIAMQrgEgBkEQayIHEEMgBxCfAiACIAIvAQBBgAFzOwEAIAEgA0EIaiIBQQcQgAEgA0HoAEYEQCAFQeAIaiECQQghB0EDIQEDQAJAAkAgAUUEQCAFQYAKahDDAUEQIQYDQCAGQfABRg0CIAVBsAhqIAZqEJ8CIAZBEGohBgwACwALIAVBsAhqIAdBAXRqIgMQwwEgA0EQahDxAUEAIQYDQCAGQRBGDQIgAiAGaiIDIAMvAQAiAyADIANBAnZzQZDGAHEiA0ECdHMgA3MiAyADIANBAXZzQdCgAXEiA0EBdHMgA3M7AQAgBkECaiEGDAALAAsgBUEQaiICIAVBsAhqIgFB8AH8CgAAIAVBiBBqIgMQ/gEgASACELEBIAEQgwIgASADEPUBIAMgAiABEDAgBSAFKQCQEDcDuAggBSAFKQCIEDcDsAggASABQQhyEPwBIAVBADoAkAggBUEAOgCACCAFQQA6AOgGIAVBADoA+AYgBUEAOgD8ByAFQQA6APsHIAVBADoA+gcgBUEAOgD5ByAFQQA6APgHIAVBADoA9wcgBUEAOgD2ByAFQQA6APUHIAVBADoA9AcgBUEAOgDzByAFQQA6APIHIAVCADcD8A8gBUIANwP4DyAFQQA6APEHIAUpA7gIIRggBSkDsAghGSAFIAVBmBBqNgK0CCAFIAM2ArAIIAEQqgIgBUH4BGogAkHwAfwKAAAgBSAFKQDkBzcDoAggBSAFKADsBzYCqAggGEIBhiAZQj+IhCIbIBhCgICAgICAgICAf4MgGEI/iCIcQj6GhCAcQjmGhIUiGkI4iKchDyAaQjCIpyEQIBpCKIinIREgGkIgiKchEiAbpyEJIBwgGUIBhiIahKchCCAbQgiGIBpCOIiEpyEGIBtCEIYgGkIwiISnIQMgG0IYhiAaQiiIhKchAiAYQheIpyETIBhCD4inIRQgGEIHiKchDCAZQh+IpyEBIBlCF4inIQcgGUIPiKchCyAZQgeIpyEKDAQLIAJBQGshAiABQQFrIQEgB0EgaiEHDAALAAUgBUGwCGoiAyABEK4BIAYQQyAGEJ8CIAMgAUEIaiIDQQMQgAEgBkEgaiEGIAJBImohAgwBCwALAAsgBUGkB2oQrgIgDQ0BCyAFIAY6AMcCIAUgAzoAxgIgBSACOgDFAiAFIAE6AMQCIAUgBzoAwwIgBSALOgDCAiAFIAo6AMECIAUgCDoAwAIgBUEAOgC0AgwBCyAFQRBqIA6tEL0BIAUgDDoAuQggBSAJOgC4CCAFIAY6ALcIIAUgAzoAtgggBSACOgC1CCAFIAE6ALQIIAUgBzoAswggBSALOgCyCCAFIAo6ALEIIAUgCDoAsAggBSgCEEEBRw0BIAUgBSgCJDYCxAIgBSAFKQIcNwK8AiAFIAUpAhQ3ArQCIAVBsAhqEKwBCyAFQQE2ArACIAQQhAEgAEEAOgAAIARBADYCCCAFQbACakEEchDUAgwBCyAFIA86AM8CIAUgEDoAzgIgBSAROgDNAiAFIBI6AMwCIAUgEzoAywIgBSAUOgDKAiAFIAw6AMkCIAUgCToAyAIgBSAGOgDHAiAFIAM6AMYCIAUgAjoAxQIgBSABOgDEAiAFIAc6AMMCIAUgCzoAwgIgBSAKOgDBAiAFIAg6AMACIAUgBSkD8A83A9ACIAUgBSkD+A83A9gCIAVB4AJqIAVB+ARqQfAB/AoAACAFIAUoAqgINgLYBCAFIAUpA6AINwPQBCAFQRBqIAVBwAJqIhJBoAL8CgAAIAVBkBBqIRUgBUHACGohDCAFQcgCaiENIAVB/ARqIQ8gBUEwaiEQIAVBvAJqIRYgBUGgAmohE0E4IQFCACEYQQAhCQJAAkACQAJAAkACQAJAA0AgASAOTwRAIAQoAggiASAJSQ0EIAEgCWsiAkHw////B3EhByAEKAIEIAlqIQECQCACQQR2IgNFDQAgA0EEdCEDIAEhBgNAIANFDQEgBUIANwO4CCAFQgA3A7AIIAYgBSkDuAg3AAggBiAFKQOwCDcAACADQRBrIQMgBkEQaiEGDAALAAsgASAHaiEDIAJBD3EhBgNAIAZFDQMgA0EAOgAAIAZBAWshBiADQQFqIQMMAAsACyAOIAFBkIABaiICIAIgDksbIgJBEGshCCAOQRBJIAQoAggiCyACSXINBCAFIAQoAgQiESAIaiIDKQAANwPoBiAFIAMpAAg3A/AGIAUgEygACDYCuAIgBSATKQAANwOwAiAMIBhCOIYgGEKA/gODQiiGhCAYQoCA/AeDQhiGIBhCgICA+A+DQgiGhIQgGEIIiEKAgID4D4MgGEIYiEKAgPwHg4QgGEIoiEKA/gODIBhCOIiEhIQ3AgAgBUEINgK8CCAFIBY2ArQIQQAhBgNAIAZBCEcEQCAFIAZqQbQCaiIDIAMtAAAgBiAMai0AAHM6AAAgBkEBaiEGDAELCyAFIAUpA7ACNwP4BiAFIAUoArgCNgKAByAFQQhqIAEgCCARIAtBhNDAABCVAiAFKAIMIQcgBSgCCCEKIAUgBSkD8AY3A4gIIAUgBSkD6AY3A4AIIAVBsAhqEP4BIAVBAToAvwggBSAFKAKABzYCuAggBSAFKQP4BjcDoAggBSAFKQO4CDcDqAhBACEGA0AgBkEQRwRAIAVBsAhqIAZqQQA2AgAgBkEEaiEGDAELCyAFIAUpArgINwOQECAFIAUpArAINwOIEEEAIQYDQCAGQRBHBEAgBUGIEGogBmogBUGgCGogBmooAAAiA0H/gfwHcUEIeCADQRh4Qf+B/AdxciADIAZBDEYbNgIAIAZBBGohBgwBCwsgDyAFKQOIEDcCACAPIAUpA5AQNwIIIAUgEDYC+ARBACEGIAVBADYCjAUgBUHwD2oiFBD+ASAFQbAIaiIDIBAQsQEgBUGIB2oiFyAPEJsBIAMQgwIgAyAXEPUBIBQgECADEDAgDSAFKQDwDzcAACANIAUpAPgPNwAIIAUgBSkCiAUiGTcDwAIgBSAFKQKABSIbNwO4AiAFIAUpAvgEIho3A7ACIAUgGTcDiAUgBSAbNwOABSAFIBo3A/gEIAUgDSkACDcDmAggBSANKQAANwOQCCAFIAUpAyg3A8gCIAUgBSkDIDcDwAIgBSAFKQMYNwO4AiAFIAUpAxA3A7ACIAVBsAJqIgNBAUEAELkBIAMgCiAHELkBIBQQ/gEgBSAHrSIZQgWIQoCAgDiDIBlCK4ZCgICAgICAwP8AgyAZQjuGhCAZQhuGQoCAgICA4D+DIBlCC4ZCgICAgPAfg4SEhCIZNwP4DyAFQgA3A/APIAUgGTcDkAcgBUIANwOIBwNAIAZBEEcEQCAFQbACaiAFQYgHaiAGahCiAiAGQRBqIQYMAQsLIAUgEikACDcDkBAgBSASKQAANwOIECAFQgA3A4gHIAVCADcDkAcgBSAFKQOIBzcDsAggBSAFKQOQBzcDuAggBUIANwOIByAMIAUpA4gHNwAAIAVCADcDkAcgDCAFKQOQBzcACCAFQYgQaiAVEPwBIAUgBSkDkBA3A5AHIAUgBSkDiBA3A4gHQQAhBgNAIAZBEEcEQCAFQYgHaiAGaiIDIAMtAAAgBUGQCGogBmotAABzOgAAIAZBAWohBgwBCwsgBSAFKQOQBzcDqAggBSAFKQOIBzcDoAhBASEDQQAhBgNAIAZBEEcEQCADIAVBgAhqIAZqKAAAIAVBoAhqIAZqKAAAcxDKAkF/c3EhAyAGQQRqIQYMAQsLIAUgA0EAEMoCQX9zcUEBc0H/AXEQygJBf3NBAXE6ALAIIAUtALAIRQ0CIAUgBSkDiAU3A8AIIAUgBSkDgAU3A7gIIAUgBSkD+AQ3A7AIIAdBBHYiAyAFKALECEF/c00EQCAHQRFPBEAgBSADNgKQECAFIAo2AowQIAUgCjYCiBAgCiAHQXBxaiEKIAVBsAhqIAVBiBBqEC4gB0EPcSEHCyAHBEAgBUGwAmoiAxD+ASAFIAMgB0H03sAAEIkCIAUoAgAgBSgCBCAKIAdBhN/AABC6AiAFQQE2ApAHIAUgAzYCjAcgBSADNgKIByAFQbAIaiAFQYgHahAuIAogByADIAdBlN/AABC6AgsgCCALSw0GIAEgCEsNByAJIAsgCCABayIDa0sNCCADBEAgCSARaiABIBFqIAP8CgAACyAYQgF8IRggCSABayAIaiEJIAIhAQwBCwtBhODAAEEnIAVBnxBqQfTfwABBrODAABDQAQALIABBCzoAACAEIAk2AgggBUEQahCsAQwGCyAFQQA6AKQHIAVBpAdqENQCIAQQhAEgAEEAOgAAIARBADYCCCAFQRBqEKwBDAULIAkgASABQeTPwAAQZQALIAggAiALQfTPwAAQZQALQQAgCCALQZDJwAAQZQALIAEgCCALQaDJwAAQZQALQfjbwABBK0GU0MAAEIwCAAsgBUGgEGokAAv6HAIffwN+IwBBsARrIgIkACACQZABaiABEKcBAkACQAJAAn8gAi0AkAFBAUYEQCACKAKUAQwBCyACLQCRAUEBRgRAIAItAJIBQdsARw0CIAEgAS0AGEEBayIDOgAYIANB/wFxDQMgAkEYNgKwAiABIAJBsAJqENIBIQEgAEGAgICAeDYCACAAIAE2AgQMBAsgAkEFNgKwAiABIAJBsAJqENIBCyEBIABBgICAgHg2AgAgACABNgIEDAILIAEgAkGvBGpBsOHAABBJIAEQ2AIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyABIAEoAhRBAWo2AhQgAkEBOgAgIAIgATYCHCACQQBBCEHoABDjASACQQA2AiwgAiACKAIEIho2AiggAiACKAIANgIkIAJBjANqIRsgAkHwAmohHCACQcQCaiEOIAJBuAJqIQ8gAkGwAmpBBHIhECACQewCaiEXIAJB+ANqIR0gAkH0A2ohGAJ/AkADQCACQbACaiACQRxqEFsgAi0AsAJBAUYEQCACKAK0AiEFDAILAkACQAJAAkACQAJAAkACfwJ/AkACQCACLQCxAkEBRgRAIAJBkAFqIAIoAhwiBhCnASACLQCQAUEBRgRAIAIoApQBIQUMDgsgAi0AkQFBAUYEQAJAAkAgAi0AkgEiA0HbAEcEQCADQfsARg0BIAYgAkGvBGpB0OHAABBJIAYQ2AIhBQwRCyAGIAYtABhBAWsiAzoAGCADQf8BcUUNDiAGIAYoAhRBAWo2AhQgAkEBOgDoAyACIAY2AuQDIAJBsAJqIAJB5ANqEKQBIAIoArACIgdBgYCAgHhGBEAgAigCtAIhBUECIQQMDQsgB0GAgICAeEYNASACKAK4AiEVIAIoArQCIQkgAkGwAmogAkHkA2oQqgEgAigCsAIhESACKALIAiIKQYGAgIB4RgRAIBEhCAwMCyACIBAoAhA2ArADIAIgECkCCDcDqAMgAiAQKQIANwOgAwJAAkAgCkGAgICAeEcEQCACKALMAiETIAIpA9ACISEgAkGwAmogAkHkA2oQpQEgAigCtAIiBSEIIAIoArACIgRBAmsOAgENAgtBAUG42MAAENwBIQgMDQtBACEECyACQbACaiACQeQDahClASACKAK0AiEIAkACQCACKAKwAiIWQQJrDgIADAELQQAhFgsgAkGwAmoiDCACQeQDahBbAkACQCACLQCwAkEBRwRAQYCAgIB4IQMgAi0AsQJBAUcNAiAMIAIoAuQDEDUgAigCsAIiA0GAgICAeEcNAQsgAigCtAIiHiEIDAwLIAIoArgCISAgAigCtAIhHgsgAkEAICAgA0GAgICAeEYiDRs2ApAEIAJBCCAeIA0bNgKMBCACQQAgAyANGzYCiAQgAkGwAmogAkHkA2oQWwJAAkACfyACLQCwAkEBRgRAIAIoArQCDAELIAItALECRQRAQYCAgIB4IQsMAwsgAkGwAmogAigC5AMQOiACKAK0AiENIAIoArACIgtBgYCAgHhHDQEgDQshCCACQYgEahDqAQwMCyACIA8pAgAiIjcD8AMgAiAPKQIIIiM3A/gDIAIgIjcDuAMgAiAjNwPAAwsgAiACKAKwAzYCkAIgAiACKQOoAzcDiAIgAiACKQOgAzcDgAIgAiACKQKIBDcD8AEgAiACKAKQBDYC+AEMDAsgBiAGLQAYQQFrIgM6ABggA0H/AXFFDQggBiAGKAIUQQFqNgIUIAJBAToAzAMgAiAGNgLIA0GAgICAeCEKIAJBgICAgHg2AuQDQYGAgIB4IQsgAkGBgICAeDYC8ANBAiESQYCAgIB4IQhBgICAgHghDEECIQdBAiEJA0AgAkGwAmogAkHIA2oQVCACLQCwAkEBRgRAIAIoArQCIQMMBgsCQAJAAkACQAJAAkACQAJAAkAgAi0AsQJBAUYEQCACKALIAyIDQQA2AgggAyADKAIUQQFqNgIUIAJBsAJqIANBDGogAxA7IAIoArQCIQMgAigCsAJBAkYNDwJAAkACQAJAAkAgAyACKAK4AiIEQcLRwABBBBDZAkUEQCADIARB3MrAAEEGENkCDQEgAyAEQcbRwABBBRDZAg0CIAMgBEHL0cAAQQYQ2QINAyADIARB0dHAAEEIENkCDQQgAyAEQdnRwABBCxDZAg0FIAMgBEHk0cAAQQYQ2QEhAwwVCyAKQYCAgIB4RwRAQcLRwABBBBCHAiEDDBULIAJBsAJqIAIoAsgDEM8CIAIoArQCIQMgAigCsAIiBEGAgICAeEYNBiACKAK4AiEWIAMhESAEIQoMDwsgCEGAgICAeEcEQEHcysAAQQYQhwIhAwwUCyACQbACaiACKALIAxDOAiACKAKwAiETIAIoAsgCIgNBgICAgHhGDRIgAiAQKAIQNgLgAyACIBApAgg3A9gDIAIgECkCADcD0AMgAigCzAIhFSACKQPQAiEhIAMhCAwOCyAHQQJGDQxBxtHAAEEFEIcCIQMMEgsgEkECRg0KQcvRwABBBhCHAiEDDBELIAxBgICAgHhGDQZB0dHAAEEIEIcCIQMMEAsgC0GBgICAeEYNBEHZ0cAAQQsQhwIhAwwPCyAKQYCAgIB4Rg0CIAhBgICAgHhHDQFB3MrAAEEGEIgCIQMgCiAREKgDQQAhCSAKIQdBgICAgHgMEAtBASEJQYCAgIB4DA4LQYCAgIB4IQcgC0GBgICAeEcEQCACIBgoAhA2AqgEIAIgGCkCCDcDoAQgAiAYKQIANwOYBCALIQcLQQAgHyAMQYCAgIB4RiIDGyELQQggFCADGyEUQQAgDCADGyEMIBJBACASQQJHGyESIAlBACAJQQJHGyEEIAIgAigC4AM2AqgCIAIgAikC2AM3A6ACIAIgAikC0AM3A5gCDA8LQQEhCUHC0cAAQQQQiAIhA0GAgICAeAwMCyACKALIAyIEEKIBIgMNASACQbACaiAEEDogAigCtAIhAyACKAKwAiILQYGAgIB4Rg0KIAIgDykCCDcDkAQgAiAPKQIANwOIBCACQfADahCQAyAdIAIpA4gENwIAIB0gAikDkAQ3AgggAiADNgL0AyACIAs2AvADDAULIAIoAsgDIgQQogEiA0UNAQsgAiADNgK0AgwICyACQbACaiAEEDUgAigCtAIhFCACKAKwAiIMQYCAgIB4RgRAIBQhAwwICyACKAK4AiEfIAJB5ANqEJEDIAIgHzYC7AMgAiAUNgLoAyACIAw2AuQDDAILIAJBsAJqIAIoAsgDENACIAIoArQCIQ0gAigCsAIiEkECRw0BQQEhCSAKIQcgDSEDIAgMCAsgAkGwAmogAigCyAMQ0AIgAigCtAIhBSACKAKwAiIHQQJGBEBBASEJIAohByAFIQMgCAwIBSAHIQkMAQsACwALQQIhBEEAQbjYwAAQ3AEhBQwKCyACQQU2ArACIAYgAkGwAmoQ0gEhBQwNCyACIAIpAiQiITcDCCACIAIoAiw2AhAgIacMDQtBASEJIAohByATIQNBgICAgHgMAgtBASEJIAoLIQcgCAshBSACQfADahCQAyACQeQDahCRAyAFQYCAgIB4RwRAIAUgFRCoAwtBAiEEIAdBgICAgHhHIAlxBEAgByAREKgDCyADIQULIAYgBi0AGEEBajoAGCAGEJABIQMgDiACKQOYAjcCACAOIAIpA6ACNwIIIA4gAigCqAI2AhAgFyACKQOYBDcCACAXIAIpA6AENwIIIBcgAigCqAQ2AhAgAiATNgLAAiACIA02ArwCIAIgEjYCuAIgAiAFNgK0AiACIAc2AugCIAIgITcD4AIgAiAVNgLcAiACIAg2AtgCIAIgBDYCsAIgAiADNgKYAyACIAs2ApQDIAIgFDYCkAMgAiAMNgKMAyACIBY2AogDIAIgETYChAMgAiAKNgKAAwJAIARBAkcEQCADDQEgAkGQAWogD0HgAPwKAAAMBgtBAiEEIANFDQUgAxC3AQwFCyACQbACahDEAkECIQQgAyEFDAQLIAJBGDYCsAIgBiACQbACahDSASEFDAYLIAogExCoAwsgByAJEKgDQQIhBCAIIQULIAYgBi0AGEEBajoAGCAGEHIhAyAOIAIpA4ACNwIAIA4gAikDiAI3AgggDiACKAKQAjYCECAcIAIpA7gDNwMAIBwgAikDwAM3AwggAiARNgLAAiACIAg2ArwCIAIgFjYCuAIgAiAFNgK0AiACIA02AuwCIAIgCzYC6AIgAiAhNwPgAiACIBM2AtwCIAIgCjYC2AIgAiAENgKwAiAbIAIpA/ABNwIAIBsgAigC+AE2AgggAiAVNgKIAyACIAk2AoQDIAIgBzYCgAMgAiADNgKYAwJAIARBAkcEQCADDQEgAkGQAWogD0HgAPwKAAAMAgtBAiEEIANFDQEgAxC3AQwBCyACQbACahDEAkECIQQgAyEFCyAEQQJGBEAgBSAGENgCIQUMAwsgAkEwaiACQZABakHgAPwKAAAgBEEDRg0CIAIoAiQgGUYEQCMAQRBrIgMkACADQQhqIAJBJGoiByAHKAIAQQFBCEHoABBcIAMoAggiB0GBgICAeEcEQCADKAIMGiAHEPICAAsgA0EQaiQAIAIoAighGgsgGiAZQegAbGoiAyAFNgIEIAMgBDYCACADQQhqIAJBMGpB4AD8CgAAIAIgGUEBaiIZNgIsDAELCyACQRg2ArACIAYgAkGwAmoQ0gEhBQsgAkGAgICAeDYCCCACIAU2AgwgAkEkahDzAkGAgICAeAshAyABIAEtABhBAWo6ABggAiABEHIiBDYCFAJAAkAgA0GAgICAeEcEQCAERQ0CIAJBCGoQ8wIMAQsgAigCDCAEBEAgBBC3AQshBAsgBCABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgACACKQIMNwIEIAAgAzYCAAsgAkGwBGokAAuMHAMMfwZ+AW8jAEHgAWsiAiQAAkACfwJAAkACQAJ/AkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAALQCYBUEBaw4DCQIBAAsgAEHIAmogAEHIAvwKAAALIABByAJqIQsCQAJAIAAtAIgFQQFrDgMIAgEACyAAKAL4BCEFIAJB7ABqIgMgACgCgAUgACgChAUQYiACLQBsQQtHBEBBq6LAAEENQbiiwABBEBDbASEEIAMQ1AIMEwsgAiACLQBvOgDCASACIAIvAG07AcABIAIgAikCdDcAxwEgAiACLQB8OgDPASACIAIoAnA2AMMBIAJBAjYClAEgAkECNgKAASACIAVBDGooAgAiAzYCqAEgAiADIAVBEGooAgBB6ABsIgZqIgU2AqwBIAJBlAFqIQgCfwJAA0AgBkUNASACQQA2AogBIAJBATYCgAEgAiADKAJgIgQ2AowBIAIgA0EQajYChAEgAiAEIAMoAmRBMGxqNgKQASAGQegAayEGIANB6ABqIQMgAkHgAGogAkHAAWogAkGAAWoQhQEgAigCYCIERQ0ACyACKAJkDAELIAIgBTYCqAEgAkECNgKAASACKAKUAUECRg0LIAJB2ABqIAJBwAFqIAgQhQEgAigCWCIERQ0LIAIoAlwLIQcgBCkDECEOIABB4ARqIARBHGooAgAgBEEgaigCABDwASAAIAQpAwg3A9AEIAAgBCkDADcDyAQgACAONwPYBCAAQcgEaiEGIAAtAIkFRQRAIAAoAvgEIQRBACEBIAAoAvAEIgkQygMiA0EASA0KAkAgA0UEQEEBIQhBACEFDAELQQEhASACQdAAakEBIAMQ1wIgAyEFIAIoAlAiCEUNCwsgCSAIIAkQygMQ7AEgAiAINgK4ASACIAU2ArQBIAIgAzYCvAECQAJAAkAgACkD2AQiDhDeAiADrVEEQCACQdQBaiAEQThqIAYgBxDFASACQYABaiAEQRhqIAIoAtgBIgEgAigC3AEgAkG0AWoQMSACLQCAASIDQQtHDQIgAigC1AEgARCoAyACQcgAaiAOpyIBIAIoArgBIgQgAigCvAEiBUH0zMAAEKkCIAIoAkwhAyACKAJIIQYDQCADRQ0CIANBAWshAyAGLQAAIAZBAWohBkUNAAsLIAJBtAFqEIQBQQAhAyACQQA2ArwBDAILIAQgASAFTQR/IAIgATYCvAEgAQUgBQsQ/wIhASACIAIoArwBNgKIASACIAIpArQBNwOAASACQYABahCcAyACQUBrIAEQgAMiBSAAKALkBCAAKALoBBC8ASACKAJEIQQgAigCQCAFEJoDIAEQmgNBAXENFAwWCyACIAIoAJABNgDPASACIAIpAIkBNwPIASACIAIpAIEBNwPAASACKALUASABEKgDCyACIAM6AIABIAIgAikDwAE3AIEBIAIgAikDyAE3AIkBIAIgAigAzwE2AJABEKYDIQQgAkGAAWoQ1AIgAkG0AWoQnAMMEgsgAkE4ahB+IAIoAjhBAXENAkGUocAAQQdB+KLAAEEnENsBIQQMEQsgAEGwBGohCAJAAkACQCAALQCwBEEBaw4EBwMBAAILIAEoAgAhBSAAKALABCEDDAwLIAAoArgEIQMMBAsgACgCvAMhAyAAKALAAyEHIAAoArgDIQYgACgCtAMhBCAAKAKwAyEFDAILAAsgAigCPCEFIABBADoAsAQgACAHNgLAAyAAIAY2ArgDIAAgBTYC9AQgACAAQfAEaiIDNgK8AyAAIABB9ARqIgU2ArADIAAgACgC+ARBCGoiBDYCtAMgAEGwBGohCAsgACADNgLMAyAAIAY2AsgDIAAgBTYCxAMgACADKAIAEMoDrSIONwPIAgJAIAAoAsgDKQMQIhAQ3gIgDlEEQCAAIBAQngIiDjcD0AIgACAOQg6IQgF8NwPYAiAAQeACaiIFQQBBOPwLACAAKALMAygCAEEAQTgQ7wIiAyAFQTgQ7AEgAxCaAyAAIAApA/ACNwOoAyAAIAApA+gCNwOgAyAAIAApA+ACNwOYAyAAQdADaiAEQTBqIAAoAsgDIAcQxQEgAEHcA2oiBSAEQRBqIABBmANqIAAoAtQDIAAoAtgDEHxBACEDQQEhBgNAIANBIEYNAiAAIANqIgRB+AJqLQAAIARB/ANqLQAAcyIEQQAgBGtywEEAThCHAyAGcSEGIANBAWohAwwACwALEKYDIQQMDAsCQCAGEIcDQf8BcQRAIAAgBUEgEP8CNgKoBCAAQfOgwABBBxCCAyIFEIADNgKsBCAFEJoDIAAoAsQDKAIAJQFB+qDAAEEDIAAoAqgEJQFB/aDAAEEHQQAgACgCrAQlARAOIRQQYSIFIBQmASACQTBqEMYCIAIoAjBBAXFFDQEgAigCNCEDQZShwABBB0GbocAAQSoQ2wEhBAwLCxCmAyEEDAsLIAAgBRCLASIDNgK4BAsgAkEoaiADIAEoAgAiBRCSAUECIQYgAigCKCIEQQJHDQFBAwwLC0GEocAAEKoDAAsgAigCLCEDIAAoArgEEOMCIARBAUYEQEGUocAAQQdBm6HAAEEqENsBIQQMBwsgACADNgK4BCAAKAKoBBDKAyEBIAAoAqgEJQFBAEEAIAEQDyEUEGEiASAUJgEgARCaAyAAKALYAhAQIRQQYSIBIBQmASAAIAE2ArwEIABBnARqIQYgAkHEAWohCSACQZABaiEEIAApA9gCIRBCACEOA0ACQCAOIBBSBEAgAiAGKAAINgLIASACIAYpAAA3A8ABIAQgDkI4hiAOQoD+A4NCKIaEIA5CgID8B4NCGIYgDkKAgID4D4NCCIaEhCAOQgiIQoCAgPgPgyAOQhiIQoCA/AeDhCAOQiiIQoD+A4MgDkI4iISEhDcCACACQgA3ApgBQQAhAwNAIANBCEYNAiADIAlqIgEgAS0AACADIARqLQAAczoAACADQQFqIQMMAAsACyAAKAK8BCUBEBEhFBBhIgEgFCYBIAAgARCLASIDNgLABAwGCyACQcABakEMEP8CIQMQoQMiASUBQf2gwABBBxASIAElASADJQEQEyADEJoDIAAoAsQDIAAoAswDKAIAIA5CkIABfiIPp0E4aiAAKQPIAiIRIA9CyIABfCIPIA8gEVYbpxDvAiEDKAIAJQEgASUBIAAoArgEJQEgAyUBEBQhFBBhIgcgFCYBIAJBIGoQxgIgAigCIEEBRgRAIAIoAiQQpgMhBBCaAyADEJoDIAEQmgMMBwUgAxCaAyAAKAK8BCUBIA6nIAclASAHENcBEBUgARCaAyAOQgF8IQ4MAQsACwALQeiiwAAQqgMAC0GEpsAAEKoDAAsgARDyAgALQauiwABBDUHIosAAQR0Q2wEhBAwHCyACQRhqIAMgBRCSAUECIQZBBCACKAIYIgFBAkYNBBogAigCHCEJIAAoAsAEEOMCIAFBAUYEQBCmAyEEIAkQmgMMAQsQFiEUEGEiBSAUJgEgAkEANgKIASACQoCAgIAQNwKAASAAKQPYAiETQQEhAUEAIQRCACEOA0ACQAJAIA4gE1IEQCAJJQEgDqcQFyEUEGEiByAUJgECQEKAgAEgACkD0AIgDkIOhiIQfSIPIA9CgIABWhsiDyAHJQEQGK1RBEAgACgCyAMpAxAiESAQfSISQgAgESASWhsiEiAPVARAIAICfyAEIAcgEqciDCAPIBJ9pxDwAiIKEMoDIgNPBEAgAwwBCyACQYABaiADIARrIgQQZiAEQQFrIQMgAigChAEiASACKAKIASINaiEGA0AgBkEAOgAAIAMEQCADQQFrIQMgBkEBaiEGDAELCyAEIA1qCyIENgKIASAKIAEgBBDsAUEAIQMDQCADIARGDQUgASADaiADQQFqIQMtAABFDQALEKYDIQQgChCaAwwCCyAFIAcQtAMMBAsQpgMhBAsgBxCaAyACKAKAASACKAKEARCoAyAFEJoDIAkQmgMMBAsgAkEQaiAFIAAoAsgDIgEoAhwgASgCIBC8ASACKAIUIQQgAigCECEGIAIoAoABIAIoAoQBEKgDIAUQmgMgCRCaAyAAKAK8BBCaAyAAKAK4BBCaAyAAKAKsBBCaAyAAKAKoBBCaAyAAQdwDahCuAiAAKALQAyAAQdQDaigCABCoA0EBDAcLIAoQmgMgECARWg0AIAUgB0EAIAwQ8AIiAxC0AyADEJoDCyAOQgF8IQ4gBxCaAwwACwALIAAoArwEEJoDIAAoArgEIQMLIAMQmgMgACgCrAQQmgMgACgCqAQQmgMLIABB3ANqEK4CIAAoAtADIABB1ANqKAIAEKgDC0EBIQZBAQshASAIIAE6AABBAiEDIAZBAkYEQCAAQQM6AIgFDAULIAsQ4AEgACgC9AQQmgMgBkEBcUUNAgsgACgC4AQgAEHkBGooAgAQqAMLQQEMAQsgACgC4AQgAEHkBGooAgAQqANBAAshAyAAKAL4BBDmAiAAKAL8BCAAQYAFaigCABCoAyAAKALwBBCaAyAAQQE6AIgFCyAAIANBAkYiBQR/QQMFIAsQ+QEgAEGUBUGQBSADQQFxG2ooAgAjAEEQayIBJAAlAUGACCUBIAQlARAJIRQQYSIDIBQmASABQQhqEMYCIAEoAgwhBiACQQhqIgggASgCCEEBcSIHNgIAIAggBiADIAcbNgIEIAFBEGokACACKAIMIAIoAghBAUYEQEHopsAAQTEQuAMACxCaA0GACBCaAyAEEJoDIAAoApAFEJoDIAAoApQFEJoDQQELOgCYBSACQeABaiQAIAULgxcBD34gACAAKQMAIgZCosSIkaLEiJEigyIDIAApAxAgAYUiAUKRosSIkaLEiBGDIg1+IAZCkaLEiJGixIgRgyIJIAFCosSIkaLEiJEigyIEfoUgBkLEiJGixIiRosQAgyIHIAFCiJGixIiRosSIf4MiCH6FIAZCiJGixIiRosSIf4MiBSABQsSIkaLEiJGixACDIgp+hUKixIiRosSIkSKDIAkgDX4iCyADIAh+IAcgCn4gBCAFfoWFhUKRosSIkaLEiBGDhCIMQj6GIAtCP4aFIAUgCH4gByANfiADIAR+IAkgCn6FhYVCxIiRosSIkaLEAIMgBSANfiAEIAd+IAMgCn4gCCAJfoWFhUKIkaLEiJGixIh/g4QgDIQiDUI5hoUgACkDCCIDIAaFIglCosSIkaLEiJEigyIEIAApAxggAoUiAiABhSIHQpGixIiRosSIEYMiCH4gCUKRosSIkaLEiBGDIgUgB0KixIiRosSIkSKDIgp+hSAJQsSIkaLEiJGixACDIgsgB0KIkaLEiJGixIh/gyIMfoUgCUKIkaLEiJGixIh/gyIJIAdCxIiRosSIkaLEAIMiB36FQqLEiJGixIiRIoMgCSAKfiAHIAt+IAQgDH4gBSAIfoWFhUKRosSIkaLEiBGDhCAJIAx+IAggC34gBCAKfiAFIAd+hYWFQsSIkaLEiJGixACDhCAIIAl+IAogC34gBCAHfiAFIAx+hYWFQoiRosSIkaLEiH+DhCAGQjiGIAZCgP4Dg0IohoQgBkKAgPwHg0IYhiAGQoCAgPgPg0IIhoSEIAZCCIhCgICA+A+DIAZCGIhCgID8B4OEIAZCKIhCgP4DgyAGQjiIhISEIgZCBIhCj568+PDhw4cPgyAGQo+evPjw4cOHD4NCBIaEIgZCAohCs+bMmbPmzJkzgyAGQrPmzJmz5syZM4NCAoaEIgZCAYhC1arVqtWq1arVAIMgBkLVqtWq1arVqtUAg0IBhoQiBkKixIiRosSIkSKDIgQgAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIBQgSIQo+evPjw4cOHD4MgAUKPnrz48OHDhw+DQgSGhCIBQgKIQrPmzJmz5syZM4MgAUKz5syZs+bMmTODQgKGhCIBQgGIQtWq1arVqtWq1QCDIAFC1arVqtWq1arVAINCAYaEIglCkaLEiJGixIgRgyIBfiAGQpGixIiRosSIEYMiByAJQqLEiJGixIiRIoMiCH6FIAZCxIiRosSIkaLEAIMiBSAJQoiRosSIkaLEiH+DIgp+hSAGQoiRosSIkaLEiH+DIgsgCULEiJGixIiRosQAgyIMfoVCosSIkaLEiJEigyAIIAt+IAUgDH4gBCAKfiABIAd+hYWFQpGixIiRosSIEYOEIAogC34gASAFfiAEIAh+IAcgDH6FhYVCxIiRosSIkaLEAIOEIAEgC34gBSAIfiAEIAx+IAcgCn6FhYVCiJGixIiRosSIf4OEIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiBEIEiEKPnrz48OHDhw+DIARCj568+PDhw4cPg0IEhoQiBEICiEKz5syZs+bMmTODIARCs+bMmbPmzJkzg0IChoQiBEIBiELUqtWq1arVqtUAgyAEQtWq1arVqtWq1QCDQgGGhEIBiIUgDYUgA0KIkaLEiJGixIh/gyIEIAJCxIiRosSIkaLEAIMiB34gA0LEiJGixIiRosQAgyIIIAJCiJGixIiRosSIf4MiBX4gA0KixIiRosSIkSKDIgogAkKRosSIkaLEiBGDIgt+IANCkaLEiJGixIgRgyIMIAJCosSIkaLEiJEigyIOfoWFhUKixIiRosSIkSKDIAQgDn4gByAIfiAFIAp+IAsgDH6FhYVCkaLEiJGixIgRg4QgBCAFfiAIIAt+IAogDn4gByAMfoWFhULEiJGixIiRosQAg4QgBCALfiAIIA5+IAcgCn4gBSAMfoWFhUKIkaLEiJGixIh/g4QiEYUiB4UiCEICiCAIQgeIhSAIIANCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQiA0IEiEKPnrz48OHDhw+DIANCj568+PDhw4cPg0IEhoQiA0ICiEKz5syZs+bMmTODIANCs+bMmbPmzJkzg0IChoQiA0IBiELVqtWq1arVqtUAgyADQtWq1arVqtWq1QCDQgGGhCIDQqLEiJGixIiRIoMiBSACQjiGIAJCgP4Dg0IohoQgAkKAgPwHg0IYhiACQoCAgPgPg0IIhoSEIAJCCIhCgICA+A+DIAJCGIhCgID8B4OEIAJCKIhCgP4DgyACQjiIhISEIgJCBIhCj568+PDhw4cPgyACQo+evPjw4cOHD4NCBIaEIgJCAohCs+bMmbPmzJkzgyACQrPmzJmz5syZM4NCAoaEIgJCAYhC1arVqtWq1arVAIMgAkLVqtWq1arVqtUAg0IBhoQiBEKRosSIkaLEiBGDIgJ+IANCkaLEiJGixIgRgyIKIARCosSIkaLEiJEigyILfoUgA0LEiJGixIiRosQAgyIMIARCiJGixIiRosSIf4MiDn6FIANCiJGixIiRosSIf4MiDyAEQsSIkaLEiJGixACDIhB+hUKixIiRosSIkSKDIAsgD34gDCAQfiAFIA5+IAIgCn6FhYVCkaLEiJGixIgRg4QgDiAPfiACIAx+IAUgC34gCiAQfoWFhULEiJGixIiRosQAg4QgAiAPfiALIAx+IAUgEH4gCiAOfoWFhUKIkaLEiJGixIh/g4QiAkI4hiACQoD+A4NCKIaEIAJCgID8B4NCGIYgAkKAgID4D4NCCIaEhCACQgiIQoCAgPgPgyACQhiIQoCA/AeDhCACQiiIQoD+A4MgAkI4iISEhCIFQgSIQo+evPjw4cOHD4MgBUKPnrz48OHDhw+DQgSGhCIFQgKIQrPmzJmz5syZM4MgBUKz5syZs+bMmTODQgKGhCIFQgGIQtSq1arVqtWq1QCDIAVC1arVqtWq1arVAINCAYaEhUIBiIUgCIU3AxggACANIA1CAYggDUICiIUgDUIHiIUgAiABIAMgBoUiAkKixIiRosSIkSKDIgYgBCAJhSIDQpGixIiRosSIEYMiDX4gAkKRosSIkaLEiBGDIgkgA0KixIiRosSIkSKDIgR+hSACQsSIkaLEiJGixACDIgggA0KIkaLEiJGixIh/gyIFfoUgAkKIkaLEiJGixIh/gyICIANCxIiRosSIkaLEAIMiA36FQqLEiJGixIiRIoMgAiAEfiADIAh+IAUgBn4gCSANfoWFhUKRosSIkaLEiBGDhCACIAV+IAggDX4gBCAGfiADIAl+hYWFQsSIkaLEiJGixACDhCACIA1+IAQgCH4gAyAGfiAFIAl+hYWFQoiRosSIkaLECIOEhYUiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIBQgSIQo+evPjw4cOHD4MgAUKPnrz48OHDhw+DQgSGhCIBQgKIQrPmzJmz5syZM4MgAUKz5syZs+bMmTODQgKGhCIBQgGIQtSq1arVqtWq1QCDIAFC1arVqtWq1arVAINCAYaEQgGIhSAHQj6GhSAHQj+GhSAHQjmGhYUgEYU3AxALhRACDH8BfiMAQZACayICJAAgAkHIAWogARCnAQJAAkACQAJ/IAItAMgBQQFGBEAgAigCzAEMAQsgAi0AyQFBAUYEQCACLQDKAUHbAEcNAiABIAEtABhBAWsiAzoAGCADQf8BcQ0DIAJBGDYC4AEgASACQeABahDSASEBIABBgICAgHg2AgAgACABNgIEDAQLIAJBBTYC4AEgASACQeABahDSAQshASAAQYCAgIB4NgIAIAAgATYCBAwCCyABIAJBjwJqQaDhwAAQSSABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgASABKAIUQQFqNgIUIAJBAToAOCACIAE2AjQgAkEYakEAQQhBMBDjASACQQA2AkQgAiACKQMYNwI8IAJB4AFqQQRyIQkCfwJ/AkACQAJAA0AgAkHgAWogAkE0ahBbIAItAOABQQFGBEAgAigC5AEMBQsCQCACAn8CQAJAAkACQAJAAkACQCACLQDhAUEBRgRAIAJByAFqIAIoAjQiBBCnASACLQDIAUEBRgRAIAIoAswBDA8LIAItAMkBQQFHDQECQCACLQDKASIDQdsARwRAIANB+wBGDQEgBCACQY8CakGA4sAAEEkgBBDYAgwQCyAEIAQtABhBAWsiBToAGCAFQf8BcUUNDiAEIAQoAhRBAWo2AhQgAkEBOgDEASACIAQ2AsABIAJB4AFqIAJBwAFqEKkBQYCAgIB4IQcgAigC5AEiCyEFAn8CQAJAAkACQCACKALgAQ4DAQANAAsgAkHgAWogAkHAAWoQqQEgAigC5AEhBSACKALgAQ4DAQIMAgtBAEH82MAAENwBDAILQQFB/NjAABDcAQwBCyACQeABaiACQcABahCqASACKALgASEDIAIoAvgBIgZBgYCAgHhGDQggAiAJKAIQNgLYASACIAkpAgg3A9ABIAIgCSkCADcDyAEgBkGAgICAeEcEQCACKAL8ASEKIAIpA4ACIQ4gAiACKALYATYCoAEgAiACKQPQATcDmAEgAiACKQPIATcDkAEgBSEMIAYhByADIQUMCgtBAkH82MAAENwBCyEFDAgLIAQgBC0AGEEBayIDOgAYIANB/wFxRQ0FIAQgBCgCFEEBajYCFCACQQE6AMQBIAIgBDYCwAFBgICAgHghA0EAIQ1BACEHA38CfyACQeABaiACQcABahBUIAItAOABQQFGBEAgAigC5AEMAQsCQAJAIAItAOEBQQFGBEAgAigCwAEiBkEANgIIIAYgBigCFEEBajYCFCACQeABaiAGQQxqIAYQOyACKALkASEGIAYgAigC4AFBAkYNAxoCQAJAIAYgAigC6AEiCEHG0cAAQQUQ2QJFBEAgBiAIQcvRwABBBhDZAg0BIAYgCEHcysAAQQYQ2QINAiAGIAhBlNLAAEEDENkBDAYLIAdFDQRBxtHAAEEFEIcCDAULIA1FDQJBy9HAAEEGEIcCDAQLIANBgICAgHhHBEBB3MrAAEEGEIcCIQUMCAsgAkHgAWogAigCwAEQzgIgAigC4AEhBSACKAL4ASIDQYCAgIB4Rg0IIAIgCSgCEDYC2AEgAiAJKQIINwPQASACIAkpAgA3A8gBIAIoAvwBIQogAikDgAIhDgwECyAHRQRAQcbRwABBBRCIAgwDCyANRQRAQcvRwABBBhCIAgwDCyADQYCAgIB4RgRAQYCAgIB4IQdB3MrAAEEGEIgCIQUMCQsgAiACKALYATYCuAEgAiACKQLQATcDsAEgAiACKQLIATcDqAEgAyEHDAgLIAJBEGogAigCwAEQ6QEgAigCFCEMIAwgAigCEEEBcQ0BGkEBIQ0MAgsgAkEIaiACKALAARDpASACKAIMIQsgAigCCEEBcQR/IAsFQQEhBwwCCwsLIQVBgICAgHghByADQYCAgIB4Rw0CDAQLIAIgAikCPCIONwMgIAIgAigCRDYCKCAOpwwOCyACQQU2AuABIAQgAkHgAWoQ0gEMDAsgAyAKEKgDC0GAgICAeCEHCyAEIAQtABhBAWo6ABggBBCQASEDIAdBgICAgHhGDQQgAw0GIAJBqAFqDAMLIAJBGDYC4AEgBCACQeABahDSAQwICyADIQULIAQgBC0AGEEBajoAGCAEEHIhAyAHQYCAgIB4Rg0BIAMNAyACQZABagsiAykCADcDSCACIAMpAgg3A1AgAiADKAIQNgJYIAIoAkQiBiACKAI8RgRAIwBBEGsiCCQAIAhBCGogAkE8aiIDIAMoAgBBAUEIQTAQXCAIKAIIIgNBgYCAgHhHBEAgCCgCDBogAxDyAgALIAhBEGokAAsgAigCQCAGQTBsaiIDIAU2AgAgAyACKQNINwIEIAMgAikDUDcCDCADIAIoAlg2AhQgAyAMNgIsIAMgCzYCKCADIA43AyAgAyAKNgIcIAMgBzYCGCACIAZBAWo2AkQMAQsLIAMEQCADELcBCyAFIQMMAQsgByAKEKgDCyADIAQQ2AIMAQsgAkEYNgLgASAEIAJB4AFqENIBCyEFIAJBgICAgHg2AiAgAiAFNgIkIAJBPGoQ6gFBgICAgHgLIQMgASABLQAYQQFqOgAYIAIgARByIgU2AiwCQAJAIANBgICAgHhHBEAgBUUNAiACQSBqEOoBDAELIAIoAiQgBQRAIAUQtwELIQULIAUgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAAgAikCJDcCBCAAIAM2AgALIAJBkAJqJAAL6xACGX8BfiMAQYABayICJAAgACgCCCEKIAAoAgQhDkEBIQVBASEDQQEhCANAAkAgBCAGaiIBQQhNBEAgBS0ArIJBIgUgAS0ArIJBIgFPBEAgASAFRwRAQQEhCEEAIQQgAyIGQQFqIQMMAwtBACAEQQFqIgEgASAIRiIFGyEEIAFBACAFGyADaiEDDAILIAMgBGpBAWoiAyAGayEIQQAhBAwBCyABQQlBjLXAABDmAQALIAMgBGoiBUEJSQ0AC0EBIQVBASEDQQAhBEEBIQdBACEBA0ACQAJAIAEgBGoiCUEITQRAIAUtAKyCQSIFIAktAKyCQSIJSw0BIAUgCUcEQEEBIQdBACEEIAMiAUEBaiEDDAMLQQAgBEEBaiIFIAUgB0YiCRshBCAFQQAgCRsgA2ohAwwCCyAJQQlBjLXAABDmAQALIAMgBGpBAWoiAyABayEHQQAhBAsgAyAEaiIFQQlJDQALAkACQAJAAkAgBiABIAEgBkkiARsiCUEKSQRAIAggByABGyIDIAlqIgEgA0kgAUEKT3JFBEACQAJAAkBBrILBACADQayCwQBqIAkQ6wEiEQRAQQkgCWsiASAJIAEgCUsbQQFqIQNBfyEFQoCAgICwxJQIIRogCSEBQX8hBgwBC0EBIQZBACEEQQEhAUEAIQgDQCABIgUgBGoiC0EITQRAIAFBf3MgBGsiB0EJaiEBIAdBd0kNCkEIIAQgCGprIgdBCEsNCQJAAkAgAS0ArIJBIgEgBy0ArIJBIgdPBEAgASAHRg0BIAVBAWohAUEAIQRBASEGIAUhCAwCCyALQQFqIgEgCGshBkEAIQQMAQtBACAEQQFqIgEgASAGRiIHGyEEIAFBACAHGyAFaiEBCyADIAZHDQELC0EBIQZBACEEQQEhAUEAIQcDQCABIgUgBGoiEkEITQRAIAFBf3MgBGsiC0EJaiEBIAtBd0kNBEEIIAQgB2prIgtBCU8NAwJAAkAgAS0ArIJBIgEgCy0ArIJBIgtNBEAgASALRg0BIAVBAWohAUEAIQRBASEGIAUhBwwCCyASQQFqIgEgB2shBkEAIQQMAQtBACAEQQFqIgEgASAGRiILGyEEIAFBACALGyAFaiEBCyADIAZHDQELC0EJIQZBCSAHIAggByAISxtrIQEgA0UEQEEAIQNBACEFDAELQQAhBUEAIQQDQEIBIARBrILBAGoxAACGIBqEIRogAyAEQQFqIgRHDQALCyACQQk2AnwgAkGsgsEANgJ4IAIgCjYCdCACIA42AnAgAiAGNgJoIAIgBTYCZCACIAo2AmAgAkEANgJcIAIgAzYCWCACIAE2AlQgAiAJNgJQIAIgGjcDSCACQQE2AkAgAkE0aiETIBFBAEchDyAOQQlrIRVBACACQcgAaiIMKAIMIg1rIRYgDUGsgsEAaiEEIA1BCWshF0EJIA0gDUEJTRsiGCANayELIAwoAiAhASAMKAIQIQkgDCkDACEaIAwoAhghAwNAIBZBCSABIA8bIgUgDSAFIA1LG2ohESANIAEgDSABIA1JGyAPGyISQQFrQQlJIRkCQAJAAkACQAJAA0AgCiADQQlrIgVNBEBBACEBIAxBADYCGAwGCwJAIBogBSAOajEAAIhCAYNQRQRAIAMgFWohCCADQQprIQcgEiEBDAELIAwgBTYCGCAFIQMgDw0BQQkhAQwFCwJAA0AgAUUEQCADIBdqIQEgESEGIAshCCAEIQcDQCAGRQRAIAwgBTYCGCAPRQRAIAxBCTYCIAsgEyADNgIIIBMgBTYCBEEBIQEMCgsgCEUNBSABIApPDQYgBkEBayEGIAhBAWshCCABIA5qIRAgBy0AACAHQQFqIQcgAUEBaiEBIBAtAABGDQALIAwgAyAJayIDNgIYIA8NAyAJIQEMBwsgAUEBayEGIBlFDQUgCiABIAdqIhBLBEAgAUGrgsEAaiABIAhqIRQgBiEBLQAAIBRBAWstAABHDQIMAQsLIBAgCkHog8EAEOYBAAsgDCABIANqIA1rIgM2AhggDw0AC0EJIQEMAwsgGEEJQbiDwQAQ5gEACyABIApByIPBABDmAQALIAZBCUHYg8EAEOYBAAsgDCABNgIgDAELCyATIAE2AgBBACEBQQAhBSACKAI0QQFHDQUgAigCOCIGQQlqIgghBANAIAJBKGogDiAKIARBuILBABDiAQJAIAIoAiwEQCACKAIoLQAAQTBrQf8BcUEKSQ0BCyACQSBqIA4gCiAEQciCwQAQ4gEgAigCICACKAIkQdiCwQBBCBDaAkUNByAEQQhqIgchAwNAAkAgAkEYaiAOIAogA0HggsEAEOIBAkAgAigCHARAIAIoAhgtAABBMGtB/wFxQQpJDQELIAMgCkkNCiACQRBqIA4gCiAIIARB8ILBABCmASACQUBrIgEgAigCECACKAIUEGkgAi0AQEEBRg0JIAIoAkQhBSACQQhqIA4gCiAHIANBgIPBABCmASABIAIoAgggAigCDBBpIAItAEBBAUYNCSACKAJEIQEgBiAKSw0KIAZFIAYgCk9yRQRAIAYgDmosAABBv39MDQILIAAgBjYCCAwKCyADQQFqIQMMAQsLQd/lwABBMEGQg8EAEPkCAAsgBEEBaiEEDAALAAsgC0EJQay1wAAQ5gEACyABQQlBnLXAABDmAQALIAMgAUEJQby1wAAQZQALQQAgCUEJQcy1wAAQZQALQQAhAUEAIQULIAIgACgCCDYCSCACIAApAgA3A0AgAiACQUBrEM8BIAIpAwAhGhCbAiIAIAE2AhAgACAFNgIMIAAgGjcCBCAAQQA2AgAgAkGAAWokACAADwsgB0EJQay1wAAQ5gEACyABQQlBnLXAABDmAQAL9QwCDH8CfiMAQfAAayICJAAgAkHIAGogARCnAQJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJ/IAItAEhBAUYEQCACKAJMDAELIAItAElBAUYEQCACLQBKIgNB2wBGDQIgA0H7AEYNAyABIAJB7wBqQZDiwAAQSSABENgCIQEgAEGAgICAeDYCGCAAIAE2AgAMEwsgAkEFNgJYIAEgAkHYAGoQ0gELIQMgAEGAgICAeDYCGCAAIAM2AgAMEQsgASABLQAYQQFrIgM6ABggA0H/AXEEQCABIAEoAhRBAWo2AhQgAkEBOgAkIAIgATYCICACQdgAaiIGIAJBIGoiBBBbIAItAFhBAUYNCAJAIAItAFlBAUYEQCAGIAIoAiAQVSACLQBYQQFGDQogAiACKQBfNwM4IAIgAi8AZzsBQCACKABbIQUgAi8AWSEDIAYgBBBbIAItAFhBAUYNCiACLQBZQQFHDQQgBiACKAIgEFYgAigCWEEBRg0KIAIoAmQhByACKAJgIQggBiAEEKQBIAIoAlgiBEGBgICAeEYNCiAEQYCAgIB4Rg0BIAIoAmAhCyACKAJcIQkgAiADOwFYIAIgAi8BQDsBGCACIAIpAzg3AxAgAiAFNgFaIAVBEHYhCiACKAJYIQMMDAsgAiACLwEwOwFQIAIgAikCKDcDSEEAQezZwAAQ3AEMCgtBAkHs2cAAENwBIQNBgICAgHghBAwKCwwGCyABIAEtABhBAWsiAzoAGCADQf8BcUUNBSABIAEoAhRBAWo2AhQgAkEBOgAsIAIgATYCKCACQeAAaiEMIAJB2ABqQQFyIQ1BgICAgHghBwNAIAJB2ABqIgYgAkEoahBUIAItAFhBAUYNAgJAAkACQCACLQBZQQFGBEAgAigCKCIDQQA2AgggAyADKAIUQQFqNgIUIAYgA0EMaiADEDsgAigCXCIDIAIoAlhBAkYNBxoCQAJAIAMgAigCYCIGQczSwABBAhDZAkUEQCADIAZBztLAAEEDENkCDQEgAyAGQdHSwABBBBDZAg0CIAMgBkHY0sAAQQMQ2QEMCgsgBA0DIAIoAigiBBCiASIDBEAgAiADNgJcDAkLIAJB2ABqIAQQVSACLQBYDQggAiANLQACOgBGIAIgDS8AADsBRCACIAwpAgA3AzggAiAMLQAIOgBAIAIoAlwhCkEBIQRBASEIDAYLIA5QDQRBztLAAEEDEIcCDAgLIAdBgICAgHhHBEBB0dLAAEEEEIcCIQMMCQsgAkHYAGogAigCKBDPAiACKAJcIQkgAigCWCIHQYCAgIB4Rg0CIAIoAmAhCwwECyAIQQFxRQRAQczSwABBAhCIAgwHCyAFQQFxRQRAQc7SwABBAxCIAgwHC0GAgICAeCEEIAdBgICAgHhGBEBB0dLAAEEEEIgCIQMMCQsgAiACLQBGOgAiIAIgAi8ARDsBICACIAIpADg3A0ggAiACLQBAOgBQIAIgCjYAIyAKQQh2IQogAigCICEDIAchBAwIC0HM0sAAQQIQhwIMBQtBgICAgHghBCAJIQMMBgsgAigCKCIFEKIBIgMEQCACIAM2AlwMAwsgAkHYAGogBRBWIAIoAlgNAiACKQNgIQ9BASEFQgEhDgwACwALQYCAgIB4IQRBAUHs2cAAENwBIQMMBwsgAigCXAshA0GAgICAeCEEIAdBgICAgHhGDQELIAcgCRCoA0GAgICAeCEECyABIAEtABhBAWo6ABggARCQASEFIAIgAi0AJjoAWCACIAIpA0g3AFkgAiACLQBQOgBhIARBgICAgHhHBEAgBQ0HIAIgAi8BYDsBCCACIAIpAVg3AwAgD0IgiKchByAPpyEIDAULIAVFDQcMBQsgAkEYNgJYIAEgAkHYAGoQ0gEhAyAAQYCAgIB4NgIYIAAgAzYCAAwJCyACKAJcCyEDQYCAgIB4IQQLIAEgAS0AGEEBajoAGCABEHIhBSAEQYCAgIB4RgRAIAUNAgwECyAFDQIgAiACLwEYOwEIIAIgAikDEDcDAAsgACAKOwEEIAAgAikDADcBBiAAIAIvAQg7AQ4gACALNgIgIAAgCTYCHCAAIAc2AhQgACAINgIQDAQLIAUQtwEMAQsgBCAJEKgDDAELIAMhBQtBgICAgHghBCAFIAEQ2AIhAwsgACAENgIYIAAgAzYCAAsgAkHwAGokAAuhDAIJfwN+IwBBQGoiAiQAAn8gAgJ/An8CQAJAAkACQCAALQAAIgRBA2sOBQEAAAACAAsgASgCBCEDIAEoAgAhAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBEEBaw4RAgMABAUGAAcICQoLDA0ODxABCwALIAIgAC0AAToAMCACQcIANgIcIAIgAkEwajYCGCABIANBs5nAACACQRhqEEcMFAsgAiAAKQMINwMwIAJBwwA2AhwgAiACQTBqNgIYIAEgA0GlmcAAIAJBGGoQRwwTCyACIAApAwg3AzAgAkHEADYCHCACIAJBMGo2AhggASADQaWZwAAgAkEYahBHDBILIAIgACgCBDYCMCACQcUANgIcIAIgAkEwajYCGCABIANBlZnAACACQRhqEEcMEQsgAiAAKQIENwIwIAJBDTYCHCACIAJBMGo2AhggASADQcSEwAAgAkEYahBHDBALIAFBzeLAAEEKIAMoAgwRAAAMDwsgAUHX4sAAQQwgAygCDBEAAAwOCyABQePiwABBDiADKAIMEQAADA0LIAFB8eLAAEEIIAMoAgwRAAAMDAsgAUH54sAAQQMgAygCDBEAAAwLCyABQfziwABBBCADKAIMEQAADAoLIAFBgOPAAEEMIAMoAgwRAAAMCQsgAUGM48AAQQ8gAygCDBEAAAwICyABQZvjwABBDSADKAIMEQAADAcLIAFBqOPAAEEOIAMoAgwRAAAMBgsgASAAKAIEIAAoAgggAygCDBEAAAwFCyAAKQMIIgtC////////////AINC//////////f/AFgEQCACQS06ABggC0L/////////B4MhDCALQj+IpyACQRhqaiEDAn8gC0I0iEL/D4MiC1AEQCAMUA0EIAJBMGogDEIBQQEQSiACKQMwQgp+IAIxADxCACACMQA9fYN8IQsgAigCOCEAA0AgC0KAgJqm6q/jAVkEQCACIAtCmrPmzJmz5swZEK8BIAsgAikDCCILQnZ+fCIMQgBSIQUgDKcMAwUgAEEBayEAIAtCCn4hCwwBCwALAAsgAkEwaiAMQoCAgICAgIAIhCALIAxCAFIQSiACLQA9IQUgAigCOCEAIAIpAzAhCyACLQA8CyEHIAJBMGogC0KAwtcvgCIMQv////8PgxCMASAAIAtC//+Zpuqv4wFVIgRqQQ9qIQAgAikDMCENAn4gCyAMQoDC1y9+fSILUARAIAIoAjghBkKw4MCBg4aMmDAMAQsgAkEwaiALEIwBIAIoAjhBCGohBiACKQMwQrDgwIGDhoyYMHwLIQsgAyAEaiANQrDgwIGDhoyYMHw3AAAgA0EJQQggBBtqIAs3AAAgA0ERQRAgBBtqIAdBMGo6AABBESAGIAVBAXEbIARqIgVBAWshBCAAQQVqQRVPBEAgAy0AASEGIANBLjoAASADIAY6AAAgAyAFaiIHIARBAUsiCGogACAAQR91IgVzIAVrIgVBCUpqIgYgBUH7KGxBE3YiCUEwajoAACAGIAVB4wBKIgpqIAlBuH5sIAVBAXRqQciSwQBqLwEAOwAAIAcgAyAEaiAIG0Hl1gBB5doAIABBAE4bOwAAIAZBA0ECIAobagwECyADQQFqIQYCQCAAIAVBAmtIBEAgAEEATg0BIANBASAAayIAaiEFIAQEQCAFIAYgBPwKAAALIAAEQCADQTAgAPwLAAsgA0EuOgABIAQgBWoMBQsgBARAIAMgBiAE/AoAAAsgAEEDaiIFIARrIgYEQCADIARqQTAgBvwLAAsgACADakEBakEuOgAAIAMgBWoMBAsgAEEBaiIABEAgAyAGIAD8CgAACyAAIANqQS46AAAgAyAFagwDC0GYjcEAQZuNwQAgC0IAWSIAG0GfjcEAIAtC/////////weDUCIEGyEDQQNBBCAAG0EDIAQbDAMLIAEoAgBBuPnAAEEEIAEoAgQoAgwRAAAMAwsgA0EwOgACIANBsNwAOwAAIANBA2oLIAJBGGoiA2sLNgIUIAIgAzYCECACQRI2AjQgAiACQRBqNgIwIAEoAgAgASgCBEHymMAAIAJBMGoQRwsgAkFAayQAC5wOAQZ/IwBBIGsiBCQAIAACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABDigCAQEBAQEBAQEDBQEBBAEBAQEBAQEBAQEBAQEBAQEBAQEBCQEBAQEHAAsgAUHcAEYNBQsgAkEBcSABQf8FS3ENBiABQSBJDQsgAUH/AEkNCgwJCyAAQgA3AQIgAEHc4AA7AQAMBwsgAEIANwECIABB3OgBOwEADAYLIABCADcBAiAAQdzkATsBAAwFCyAAQgA3AQIgAEHc3AE7AQAMBAsgAEIANwECIABB3LgBOwEADAMLIAJBgAJxRQ0EIABCADcBAiAAQdzOADsBAAwCC0EQQQAgAUGrnQRPGyICIAJBCHIiAyABQQt0IgIgA0ECdCgCyMRAQQt0SRsiAyADQQRyIgMgA0ECdCgCyMRAQQt0IAJLGyIDIANBAnIiAyADQQJ0KALIxEBBC3QgAksbIgMgA0EBaiIDIANBAnQoAsjEQEELdCACSxsiAyADQQFqIgMgA0ECdCgCyMRAQQt0IAJLGyIDQQJ0KALIxEBBC3QiBSACRiACIAVLaiADaiIFQQJ0IgJByMTAAGohCCACKALIxEBBFXYhAkH/BSEDAkAgBUEfTQRAIAgoAgRBFXYhAyAFRQ0BCyAIQQRrKAIAQf///wBxIQcLAkAgAyACQX9zakUNACABIAdrIQcgA0EBayEFQQAhAwNAIAMgAkHQrsAAai0AAGoiAyAHSw0BIAUgAkEBaiICRw0ACwsgAkEBcUUNAiAEQQA6AA4gBEEAOwEMIAQgAUEUdi0Az+VAOgAPIAQgAUEEdkEPcS0Az+VAOgATIAQgAUEIdkEPcS0Az+VAOgASIAQgAUEMdkEPcS0Az+VAOgARIAQgAUEQdkEPcS0Az+VAOgAQIAFBAXJnQQJ2IgIgBEEMaiIGaiIDQfsAOgAAIANBAWtB9QA6AAAgBiACQQJrIgJqQdwAOgAAIAAgBCkBDDcAACAEQf0AOgAVIAQgAUEPcS0Az+VAOgAUIAAgBC8BFDsACAwFCyACQf///wdxQYCABEkNAiAAQgA3AQIgAEHcxAA7AQALQQAhAkECDAQLAkACQAJAIAFBgIAETwRAIAFBgIAISQ0BIAFB/v//AHEiAkGunQtGIAFB4P//AHFB4M0KRnIgAkGe8ApGIAFB8NcLa0FwS3JyIAFBgPALa0HdbEsgAUGAgAxrQZ10S3IgAUHQpgxrQXpLIAFBgII4a0H55lRLcnJyDQUgAUHwgzhJDQQMBQsgAUEIdkH/AXEhCEEAIQIDQCACQQJqIQcgBiACLQD5vkAiBWohAyAIIAItAPi+QCICRwRAIAIgCEsNAyADIQYgByICQcwARw0BDAMLAkACQCADIAZJIANBnAJLckUEQCAFRQ0CIAZBxL/AAGohAgwBCyAGIANBnAJBhMTAABBlAAsDQCACLQAAIAFB/wFxRg0HIAJBAWohAiAFQQFrIgUNAAsLIAMhBiAHIgJBzABHDQALDAELIAFBCHZB/wFxIQhBACECA0ACQCACQQJqIQcgBiACLQDRuEAiBWohAyAIIAItANC4QCICRwRAIAIgCEsNASADIQYgByICQdwARw0CDAELAkACQCADIAZJIANB1AFLckUEQCAFRQ0CIAZBrLnAAGohAgwBCyAGIANB1AFBhMTAABBlAAsDQCACLQAAIAFB/wFxRg0HIAJBAWohAiAFQQFrIgUNAAsLIAMhBiAHIgJB3ABHDQELCyABQf//A3EhBkEBIQVBACECA0AgAkEBaiEDAkAgAiwAgLtAIgdBAE4EQCADIQIMAQsgA0H4A0cEQCACQYG7wABqLQAAIAdB/wBxQQh0ciEHIAJBAmohAgwBC0GUxMAAEK8DAAsgBiAHayIGQQBIDQIgBUEBcyEFIAJB+ANHDQALDAELQQEhBSABIQZBACECA0AgAkEBaiEDAkAgAiwA4MFAIgdBAE4EQCADIQIMAQsgA0GkAkcEQCACQeHBwABqLQAAIAdB/wBxQQh0ciEHIAJBAmohAgwBC0GUxMAAEK8DAAsgBiAHayIGQQBIDQEgBUEBcyEFIAJBpAJHDQALCyAFQQFxRQ0BCyAAIAE2AgBBgAEhAkGBAQwCCyAEQQA6ABggBEEAOwEWIAQgAUEUdi0Az+VAOgAZIAQgAUEEdkEPcS0Az+VAOgAdIAQgAUEIdkEPcS0Az+VAOgAcIAQgAUEMdkEPcS0Az+VAOgAbIAQgAUEQdkEPcS0Az+VAOgAaIAFBAXJnQQJ2IgIgBEEWaiIGaiIDQfsAOgAAIANBAWtB9QA6AAAgBiACQQJrIgJqQdwAOgAAIAAgBCkBFjcAACAEQf0AOgAfIAQgAUEPcS0Az+VAOgAeIAAgBC8BHjsACAtBCgs6AA0gACACOgAMIARBIGokAAuvCwEJfyMAQUBqIgIkACACIAEQpwECQAJAIAItAABBAUYEQCACKAIEIQEMAQsCfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQCACLQABQQFGBEAgAi0AAkHuAEYNAQsgAkEIaiABEKcBIAItAAhBAUYEQCACKAIMDBALIAItAAlBAUcNAQJAIAItAAoiA0HbAEcEQCADQfsARg0BIAEgAkE/akHg4cAAEEkgARDYAgwRCyABIAEtABhBAWsiAzoAGCADQf8BcUUNDyABIAEoAhRBAWo2AhQgAkEBOgA4IAIgATYCNCACQRhqIAJBNGoQpAECQAJAIAIoAhgiBUGBgICAeEYEQCACKAIcIQMMAQsCfwJAIAVBgICAgHhHBEAgAigCICEJIAIoAhwhBCACQRhqIAJBNGoQpAEgAigCGCIHQYGAgIB4RgRAIAIoAhwMAwsgB0GAgICAeEYNASACKAIgIQYgAigCHCEKIAQhAwwEC0EAQajawAAQ3AEhA0GAgICAeCEFDAMLQQFBqNrAABDcAQshAyAFIAQQqAMLQYCAgIB4IQULIAEgAS0AGEEBajoAGCACIAEQciIENgIwIAIgBjYCLCACIAo2AiggAiAHNgIkIAIgCTYCICACIAM2AhwgAiAFNgIYAkAgBUGAgICAeEcEQCAEDQEgAiACQSBqIgQpAgg3AxAgAiAEKQIANwMIDBALIAQNBAwOCyACQRhqEPUCQYCAgIB4IQUgBCEDDA4LIAEgAS0AGEEBayIDOgAYIANB/wFxRQ0LIAEgASgCFEEBajYCFCACQQE6ADggAiABNgI0QYCAgIB4IQZBgICAgHghCAJAAkADQCACQRhqIAJBNGoQVCACLQAYQQFGBEAgAigCHCEDDAoLIAItABlBAUYEQCACKAI0IgNBADYCCCADIAMoAhRBAWo2AhQgAkEYaiADQQxqIAMQOyACKAIcIQMgAigCGEECRg0KAkAgAyACKAIgIgVB0dLAAEEEENkCRQRAIAMgBUHw0sAAQQQQ2QINASADIAVB9NLAAEECENkBIQMMDAsgBkGAgICAeEcNAyACQRhqIAIoAjQQzwIgAigCHCEDIAIoAhgiBkGAgICAeEYNCiACKAIgIQogAyEEDAILIAhBgICAgHhHBEBB8NLAAEEEEIcCIQMMDAsgAkEYaiACKAI0EM8CIAIoAhwhByACKAIYIgNBgICAgHhGDQggAigCICEJIAMhCAwBCwsgBkGAgICAeEYNBSAIQYCAgIB4Rg0BIAQhAyAGDAwLQdHSwABBBBCHAiEDDAcLQfDSwABBBBCIAiEDDAkLIAEgASgCFEEBajYCFCABQfjJwABBAxCaASIBDQ8gAEGAgICAeDYCAAwQCyACQQU2AhggASACQRhqENIBDA0LIAQQtwEMCQtB0dLAAEEEEIgCIQMMAQsgByEDDAMLQYCAgIB4IQYLIAhBgICAgHhGDQELIAggBxCoAwtBgICAgHggBkGAgICAeEYNARoLIAYgBBCoA0GAgICAeAshBSABIAEtABhBAWo6ABggAiABEJABIgQ2AjAgAiAJNgIsIAIgBzYCKCACIAg2AiQgAiAKNgIgIAIgAzYCHCACIAU2AhgCQCAFQYCAgIB4RwRAIAQNASACIAJBIGoiBCkCCDcDECACIAQpAgA3AwgMBAsgBEUNAiAEELcBDAILIAJBGGoQ9QJBgICAgHghBSAEIQMMAgsgAkEYNgIYIAEgAkEYahDSAQwDC0GAgICAeCEFCyAFQYCAgIB4RgRAIAMgARDYAgwCCyAAIAIpAxA3AhAgACACKQMINwIIIAAgAzYCBCAAIAU2AgAMAwsgAkEYNgIYIAEgAkEYahDSAQshASAAQYGAgIB4NgIAIAAgATYCBAwBCyAAQYGAgIB4NgIAIAAgATYCBAsgAkFAayQAC48LAgh/AX4jAEEgayIEJAACQAJ/AkACQAJAAkACQAJAAkACQAJAA0AgASgCCCIFIAEoAgQiBkYNAgJAAkACQCAFIAZJBEAgASgCACIIIAVqLQAAIgNBIkYgA0HcAEZyIANBIElyDQIgBCAFQQFqIgkgCCAGQcyBwQAQqQIgBCgCAEEIayEHQQAgBCgCBCIKQfj///8HcWshAwNAIANFDQIgA0EIaiEDIAdBCGoiBykAACILQqLEiJGixIiRIoVCgYKEiJCgwIABfSALQqDAgIGChIiQIH2EIAtC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYQgC0J/hYNCgIGChIiQoMCAf4MiC1ANAAsgASAHIAhrIAt6p0EDdmoiAzYCCAwDCyAFIAZBvIHBABDmAQALIAEgCkF4cSAJajYCCCABKAIIIgMgASgCBCIGIAMgBksbIQcgASgCACEIA0ACQCADIAdGDQAgAyAIai0AACIGQSJGIAZB3ABGciAGQSBJcg0AIAEgA0EBaiIDNgIIDAELCyABKAIEIQYgASgCCCEDDAELIAUhAwsgAyAGRg0CIAMgBk8NAwJAIAEoAgAiByADai0AACIIQdwARwRAIAhBIkYNASABIANBAWo2AgggBEEQNgIUIAAgASAEQRRqEO0BDA0LIAMgBUkNBSACIAUgB2ogAyAFaxCXAiABIANBAWoiBTYCCAJAIAUgBkkEQCABIANBAmo2AgggBCAFIAdqLQAAIgM6AA0MAQsgBEEENgIUIARBDGogASAEQRRqEO8BIAQtAAxBAUYEQCAEKAIQDA0LIAQtAA0hAwsCQAJAAkACQAJAAkACQAJAAkACQAJAIANB/wFxIgNB7gBrDggHAQEBCAEJCgALAkAgA0HiAGsOBQUBAQEGAAsgA0EiRg0BIANBL0YNAyADQdwARg0CCyAEQQw2AhQgASAEQRRqEIACDBQLIAJBIhCxAgwJCyACQdwAELECDAgLIAJBLxCxAgwHCyACQQgQsQIMBgsgAkEMELECDAULIAJBChCxAgwECyACQQ0QsQIMAwsgAkEJELECDAILIARBFGoiAyABEIYBIAQvARRBAUYNCiAELwEWIgVBgPgDcUGAuANGDQIgBUGAyABqQf//A3FBgPgDTwRAIAMgARDnASAELQAUQQFGDQsgBC0AFSABIAEoAggiB0EBajYCCEHcAEcNByADIAEQ5wEgBC0AFA0LIAQtABUgASAHQQJqNgIIQfUARw0IIAMgARCGASAELwEUDQsgBC8BFiIGQYBAa0H//wNxQf/3A00EQCAEQRQ2AhQgASADEIACDA0LIAZBgMgAakH//wNxIAVBgNAAakH//wNxQQp0akGAgARqIAIQggEMAgsgBSACEIIBDAELCyACKAIIBEAgAyAFSQ0HIAIgBSAHaiADIAVrEJcCQQEhByABIANBAWo2AgggBEEUaiABIAIoAgQgAigCCBCcAQJAIAQoAhQiA0UEQEECIQcgBCgCGCEDDAELIAAgBCgCGDYCCAsgACAHNgIAIAAgAzYCBAwLCyADIAVJDQcgASADQQFqNgIIIARBFGogASAFIAdqIAMgBWsQnAEgAAJ/IAQoAhQiA0UEQCAEKAIYIQNBAgwBCyAAIAQoAhg2AghBAAs2AgAgACADNgIEDAoLIARBFDYCFCABIARBFGoQgAIMCAsgBEEENgIUIAAgASAEQRRqEO0BDAgLIAMgBkHcgcEAEOYBAAsgBSADIAZBjILBABBlAAsgBEEXNgIUIAEgBEEUahCAAgwECyAEQRc2AhQgASAEQRRqEIACDAMLIAUgAyAGQeyBwQAQZQALIAUgAyAGQfyBwQAQZQALIAQoAhgLIQEgAEECNgIAIAAgATYCBAsgBEEgaiQAC9EHAQp/AkACQCAAKAIIIgpBgICAwAFxRQ0AAkACQAJAAkAgCkGAgICAAXEEQCAALwEOIggNAUEAIQIMAgsgAkEQTwRAIAIgASABQQNqQXxxIglrIgZqIghBA3EhBSABIAlHBEAgASEEA0AgByAELAAAQb9/SmohByAEQQFqIQQgBkEBaiIGDQALCyAFBEAgCSAIQfz///8HcWohBANAIAMgBCwAAEG/f0pqIQMgBEEBaiEEIAVBAWsiBQ0ACwsgCEECdiEGIAMgB2ohBwNAIAkhCCAGRQ0FQcABIAYgBkHAAU8bIgtBA3EhBQJAIAtBAnQiCUHwB3EiA0UEQEEAIQMMAQsgAyAIaiEMQQAhAyAIIQQDQCADIAQoAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWogBEEEaigCACIDQX9zQQd2IANBBnZyQYGChAhxaiAEQQhqKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIARBDGooAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWohAyAEQRBqIgQgDEcNAAsLIAYgC2shBiAIIAlqIQkgA0EIdkH/gfwHcSADQf+B/AdxakGBgARsQRB2IAdqIQcgBUUNAAsgBUECdCEFIAggC0H8AXFBAnRqIQRBACEDA0AgAyAEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIQMgBEEEaiEEIAVBBGsiBQ0ACyADQQh2Qf+B/AdxIANB/4H8B3FqQYGABGxBEHYgB2ohBwwECyACRQ0DIAEhBCACIQMDQCAHIAQsAABBv39KaiEHIARBAWohBCADQQFrIgMNAAsMAwsgASACaiEGQQAhAiABIQMgCCEFA0AgAyIEIAZGDQICfyAEQQFqIAQsAAAiA0EATg0AGiAEQQJqIANBYEkNABogBEEEQQMgA0FvSxtqCyIDIARrIAJqIQIgBUEBayIFDQALC0EAIQULIAggBWshBwsgByAALwEMIgNPDQAgAyAHayEIQQAhBEEAIQYCQAJAAkAgCkEddkEDcUEBaw4CAAECCyAIIQYMAQsgCEH+/wNxQQF2IQYLIApB////AHEhCSAAKAIEIQUgACgCACEAA0AgBEH//wNxIAZB//8DcUkEQEEBIQMgBEEBaiEEIAAgCSAFKAIQEQEARQ0BDAMLC0EBIQMgACABIAIgBSgCDBEAAA0BIAggBmtB//8DcSEBQQAhBANAIAEgBEH//wNxTQRAQQAPCyAEQQFqIQQgACAJIAUoAhARAQBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRAAAhAwsgAwvuBgEFfwJAAkACQAJAAkACQAJAAkACQCAAQQRrIgcoAgAiCEF4cSIEQQRBCCAIQQNxIgUbIAFqTwRAIAVBACABQSdqIgYgBEkbDQECQCACQQlPBEAgAiADEFgiAg0BQQAPC0EAIQIgA0HM/3tLDQpBECADQQtqQXhxIANBC0kbIQEgAEEIayEGIAVFBEAgBkUgAUGAAklyIAEgBE9yDQkgBCABa0GAgAhNDQgMCQsgBCAGaiEFAkAgASAESwRAIAVBsJjBACgCAEYNAUGsmMEAKAIAIAVHBEAgBSgCBCIIQQJxDQsgCEF4cSIIIARqIgQgAUkNCyAFIAgQWiAEIAFrIgVBEE8EQCAHIAEgBygCAEEBcXJBAnI2AgAgASAGaiIBIAVBA3I2AgQgBCAGaiIEIAQoAgRBAXI2AgQgASAFEFAMCgsgByAEIAcoAgBBAXFyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEDAkLQaSYwQAoAgAgBGoiBCABSQ0KAkAgBCABayIFQQ9NBEAgByAIQQFxIARyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEQQAhBUEAIQEMAQsgByABIAhBAXFyQQJyNgIAIAEgBmoiASAFQQFyNgIEIAQgBmoiBCAFNgIAIAQgBCgCBEF+cTYCBAtBrJjBACABNgIAQaSYwQAgBTYCAAwICyAEIAFrIgRBD00NByAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIARBA3I2AgQgBSAFKAIEQQFyNgIEIAEgBBBQDAcLQaiYwQAoAgAgBGoiBCABSw0FDAgLIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAHKAIAIgNBeHEiByABQQRBCCADQQNxIgEbakkNAiABRQ0IIAYgB0kNAwwIC0HIi8EAQS5B+IvBABD5AgALQYiMwQBBLkG4jMEAEPkCAAtByIvBAEEuQfiLwQAQ+QIAC0GIjMEAQS5BuIzBABD5AgALIAcgASAIQQFxckECcjYCACABIAZqIgUgBCABayIBQQFyNgIEQaiYwQAgATYCAEGwmMEAIAU2AgALIAZFDQELIAAPCyADEC8iAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAEEELIAILsAYBDX8jAEEQayIJJAAgACgCBCEDIAAoAgAhB0EBIQsCQCABKAIAIgpBIiABKAIEIgwoAhAiDREBAA0AAkAgA0UEQEEAIQNBACEADAELIAMhASAHIQgDQCABIAhqIQ5BACEAAkACQANAIAAgCGoiBS0AACIGQf8Aa0H/AXFBoQFJIAZBIkZyIAZB3ABGcg0BIAEgAEEBaiIARw0ACyABIARqIQQMAQsCfyAFLAAAIgFBAE4EQCABQf8BcSEBIAVBAWoMAQsgBS0AAUE/cSEGIAFBH3EhCCABQV9NBEAgCEEGdCAGciEBIAVBAmoMAQsgBS0AAkE/cSAGQQZ0ciEGIAFBcEkEQCAGIAhBDHRyIQEgBUEDagwBCyAIQRJ0QYCA8ABxIAUtAANBP3EgBkEGdHJyIQEgBUEEagshCCAAIARqIQAgCSABQYGABBA5AkAgCS0ADSIEIAktAAwiBWsiBkH/AXFBAUYNAAJAAkACQCAAIAJJDQACQCACRQ0AIAIgA08EQCACIANHDQIMAQsgAiAHaiwAAEG/f0wNAQsCQCAARQ0AIAAgA08EQCAAIANGDQEMAgsgACAHaiwAAEG/f0wNAQsgCiACIAdqIAAgAmsgDCgCDCICEQAARQ0BDAILIAcgAyACIABB7MXAABCfAwALAkAgBEGBAU8EQCAKIAkoAgAgDREBAA0CDAELIAogBSAJaiAGIAIRAAANAQsCf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIABqIQIMAQsMBAsCf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIABqIQQgDiAIayIBDQELCwJAIAIgBEsNAEEAIQACQCACRQ0AIAIgA08EQCACIAMiAEcNAgwBCyACIgAgB2osAABBv39MDQELIARFBEBBACEDDAILAkAgAyAETQRAIAMgBEYNAwwBCyAEIAdqLAAAQb9/TA0AIAQhAwwCCyAAIQILIAcgAyACIARB/MXAABCfAwALIAogACAHaiADIABrIAwoAgwRAAANACAKQSIgDREBACELCyAJQRBqJAAgCwvYBgEOfyMAQaAIayIFJAAgBUEAOgAPIAJBA3QhDCAFQdABaiENIAVBkAZqIQ4gBUHABGohDyAFQfADaiEQIAVBEGohCiAFQcADaiERA0ACQCAEBEBBACECA0AgAkGAAUZFBEAgBUGgB2ogAmpBADoAACACQQFqIQIMAQsLIAVBoAZqIgIgBUGgB2oiCEGAAfwKAAAgBSAAKQAANwOgBiAFIAApAAg3A6gGIAUgACkAEDcDsAYgBSAAKQAYNwO4BiAIIAJBgAH8CgAAQQAhAgNAIAJBgAFGRQRAIAVBoAdqIAJqIgggCC0AAEE2czoAACACQQFqIQIMAQsLIAVB0AVqIgJB4ODAAEHAAPwKAAAgBUIANwOYBiAFQgA3A5AGIAIgBUGgB2pBARCsAkEAIQIDQCACQYABRg0CIAVBoAdqIAJqIgggCC0AAEHqAHM6AAAgAkEBaiECDAALAAsgBUEPahCKAiAFQaAIaiQADwsgBUGgBmoiAkHg4MAAQcAA/AoAACAFQgA3A+gGIAVCADcD4AYgAiAFQaAHakEBEKwCIBEgAkHQAPwKAAAgBUHwAmoiAiAFQdAFakHQAPwKAAAgDSACQaAB/AoAACAFQQA6AM8BIAUtAA8EQCAFQdAAaiAKQcAAEIEBCyAEQcAAIAQgBEHAAE8bIglrIQQgAyAJaiAGQQFqIQggDCEHIAEhAgNAIAcEQCAFQdAAaiACKAIAIAIoAgQQgQEgB0EIayEHIAJBCGohAgwBCwsgBSAGQQFqOgDwAiAFQdAAaiICIAVB8AJqIgZBARCBASAGIAJBoAL8CgAAIAVBoAZqIgsQlAIgBUGgB2oiBxCUAiAQIAYgBxBNIAYgB0HAAPwKAAAgBUHAADoA7wMgDyAGIAsQTUEAIQIgB0EAQYAB/AsAIAYgB0GAAfwKAAAgBUHQBWogC0HAAPwKAAADQCACQcAARkUEQCAFQfACaiACaiAFQdAFaiACai0AADoAACACQQFqIQIMAQsLIAVBkAVqIgIgBUHwAmoiBkHAAPwKAAAgBSAONgL0AiAFIAVB0AVqNgLwAiAGEKoCIAMgCSACIAlBpNDAABC6AiAFQQ9qEIoCIAVBAToADyAKIAJBwAD8CgAAIQMgCCEGDAALAAvEBwIMfwN+IwBB0ABrIgMkAAJAAkAgAkEITwRAIAEpAABC0JyxmqSqlqjUAFENAQsgAEGAgICAeDYCACAAQQE6AAQMAQsgAkEbTQRAIABBJzYCDCAAQczMwAA2AgggAEEDOgAEIABBgICAgHg2AgAMAQsgAS0ACCIEQQFHBEAgACAEOgAFIABBAjoABCAAQYCAgIB4NgIADAELAkACQAJAAkAgAS0ACUUEQCADIAEpABI3AxggAyABKQAKNwMQIAEvABoiBEEIdCAEQQh2ciIEQYEIa0H//wNxQYD4A0kEQCAAQSU2AgwgAEGIzMAANgIIIABBAzoABCAAQYCAgIB4NgIADAYLIANBCGogBEH//wNxIg1BBEEgEOMBIANBADYCLCADIAMoAgwiBTYCKCADIAMoAgg2AiQgA0E8aiELQRwhBEEcIQkDQAJAIAogDUcEQCACIARBE2oiCE8NAUEZIQJB78vAACEBDAcLIAAgAykCJDcCACAAIAQ2AhwgAyADKAIsNgI4IAMgAykDEDcCPCAAIAMpAzg3AgggAyADKQMYNwJEIAAgAykDQDcCECAAIAMoAkg2AhgMBwsgAiAETQ0DIARBAWohDCAEQRFqIgYgAksNAiACIAZNDQQCQCACIARBEmoiB0sEQCACIAggASAHai0AACABIAZqLQAAQQh0ciIHaiIGTw0BQR4hAkHRy8AAIQEMBwsgByACQZTLwAAQ5gEACwJAIAEgBGotAAAiDkEBa0H/AXEiBEECSw0AIARBAnQoApCUQSAHRg0AQS0hAkGky8AAIQEMBgsgCyABIAxqIgQpAAg3AAggCyAEKQAANwAAIANBMGogASAIaiAHEMgBIAMoAiQgCkYEQCMAQRBrIgQkACAEQQhqIANBJGoiBSAFKAIAQQFBBEEgEFwgBCgCCCIFQYGAgIB4RwRAIAQoAgwaIAUQ8gIACyAEQRBqJAAgAygCKCEFCyADKQI4IQ8gAykCQCEQIAMoAkghCCADKQIwIREgBSAJaiIEIA46AAAgBEEcayIEIBE3AgAgBCAINgIYIAQgEDcCECAEIA83AgggAyAKQQFqIgo2AiwgCUEgaiEJIAYhBAwACwALIABBHzYCDCAAQa3MwAA2AgggAEEDOgAEIABBgICAgHg2AgAMBAsgDCAGIAJB9MrAABBlAAsgBCACQeTKwAAQ5gEACyAGIAJBhMvAABDmAQALIAAgAjYCDCAAIAE2AgggAEEDOgAEIABBgICAgHg2AgAgA0EkahDxAgsgA0HQAGokAAuiBgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0BIAEoAgAiAyAAaiEAIAEgA2siAUGsmMEAKAIARgRAIAIoAgRBA3FBA0cNAUGkmMEAIAA2AgAgAiACKAIEQX5xNgIEIAEgAEEBcjYCBCACIAA2AgAPCyABIAMQWgsCQAJAQcSYwQACfwJAAkACQAJAIAIoAgQiA0ECcUUEQCACQbCYwQAoAgBGDQIgAkGsmMEAKAIARg0DIAIgA0F4cSICEFogASAAIAJqIgBBAXI2AgQgACABaiAANgIAIAFBrJjBACgCAEcNAUGkmMEAIAA2AgAPCyACIANBfnE2AgQgASAAQQFyNgIEIAAgAWogADYCAAsgAEGAAkkNBCABIAAQZEHEmMEAQcSYwQAoAgBBAWsiADYCACAADQZBjJbBACgCACIADQJB/x8MAwtBsJjBACABNgIAQaiYwQBBqJjBACgCACAAaiIANgIAIAEgAEEBcjYCBEGsmMEAKAIAIAFGBEBBpJjBAEEANgIAQayYwQBBADYCAAsgAEG8mMEAKAIAIgJNDQVBsJjBACgCACIARQ0FQaiYwQAoAgAiA0EpSQ0EQYSWwQAhAQNAIAAgASgCACIETwRAIAAgBCABKAIEakkNBgsgASgCCCEBDAALAAtBrJjBACABNgIAQaSYwQBBpJjBACgCACAAaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAPC0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYCAA8LAkBBnJjBACgCACICQQEgAEEDdnQiA3FFBEBBnJjBACACIANyNgIAIABB+AFxQZSWwQBqIgAhAgwBCyAAQfgBcSIAQZSWwQBqIQIgAEGclsEAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0HEmMEAQYyWwQAoAgAiAAR/QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsFQf8fCzYCACACIANPDQBBvJjBAEF/NgIACwurBQIGfwF+AkAgAkUNACACQQdrIgNBACACIANPGyEHIAFBA2pBfHEgAWshCEEAIQMDQAJAAkACQCABIANqLQAAIgXAIgZBAE4EQCAIIANrQQNxDQEgAyAHTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIANBCGoiAyAHSQ0ACwwCC0KAgICAkCAhCQJAAkACQAJAAkACQAJAAkACQCAFLQCPtkBBAmsOAwABAgcLIANBAWoiBCACSQ0CQgAhCQwGCyADQQFqIgQgAkkNAkIAIQkMBQsgA0EBaiIEIAJJDQJCACEJDAQLIAEgBGosAABBv39KDQMMBAsgASAEaiwAACEEAkACQCAFQeABayIFBEAgBUENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAZBH2pB/wFxQQxPBEAgBkF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgASAEaiwAACEEAkACQAJAAkAgBUHwAWsOBQEAAAACAAsgBkEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgAiADQQJqIgRNBEBCACEJDAILIAEgBGosAABBv39KBEBCgICAgJDAACEJDAILQgAhCSADQQNqIgQgAk8NASABIARqLAAAQUBIDQJCgICAgJDgACEJDAELQgAhCSADQQJqIgQgAk8NACABIARqLAAAQb9/TA0BQoCAgICQwAAhCQsgACAJIAOthDcCBCAAQQE2AgAPCyAEQQFqIQMMAgsgA0EBaiEDDAELIAIgA00NAANAIAEgA2osAABBAEgNASACIANBAWoiA0cNAAsMAgsgAiADSw0ACwsgACACNgIIIAAgATYCBCAAQQA2AgALqgQBHH8gACAALwEMIgMgAC8BCnMiBCAALwEAIghzIgkgAC8BAiIBcyIXIAlxIAEgAC8BDiIBcyIKcyAKIAAvAQgiAiAALwEEIg5zIg9zIhAgAC8BBnMiCyADcyIFIAEgAnMiEXMiAyAEcyIMIApxIg1zIAMgEXEiBiADIAQgCyAOcyIEcyILcyITIA9xcyIHcyISIAxzIhQgByAEIBBxIgcgBSAEIAhzIhggFyABIA5zIg5zIhVxc3NzIhZxIgUgBiALIA5xcyIGIAIgCXMiGSAIcSAOcyAHcyALc3MiAnMgAyAIcyIaIAEgCXMiG3EgAXMgDXMgBnMiASASc3EiByAFcyABIAxzIg1xIgYgBSANcyIBcyACIAEgAiAWcyICcXMiAXEgAnMiAiAGIBRzIgYgByANcyIFcyINcyIHIAEgBXMiEnMiFCAPcSARIBJxIg9zIhEgDSAVcXMiFSAGIBBxcyIQIAwgASACcyIMcSIWIAIgCXFzIhwgEyAUcXMiEyADIBJxcyIJczsBDiAAIAogDHEiAyAEIAZxIgogBSAIcXMiDCAHIAtxc3MgE3MiBCABIBtxcyILIAcgDnEgD3MgCXNzOwEKIAAgCiANIBhxcyAccyAQcyIIOwEIIAAgFSAFIBlxcyALczsBBCAAIAwgASAacXMgFnMiASARIAIgF3FzcyIKIARzOwECIAAgAyAKczsBACAAIAggCXM7AQwgACABIAhzOwEGC6oEARx+IAAgACkDMCIDIAApAyiFIgQgACkDACIIhSIJIAApAwgiAYUiFyAJgyABIAApAzgiAYUiCoUgCiAAKQMgIgIgACkDECIOhSIPhSIQIAApAxiFIgsgA4UiBSABIAKFIhGFIgMgBIUiDCAKgyINhSADIBGDIgYgAyAEIAsgDoUiBIUiC4UiEyAPg4UiB4UiEiAMhSIUIAcgBCAQgyIHIAUgBCAIhSIYIBcgASAOhSIOhSIVg4WFhSIWgyIFIAYgCyAOg4UiBiACIAmFIhkgCIMgDoUgB4UgC4WFIgKFIAMgCIUiGiABIAmFIhuDIAGFIA2FIAaFIgEgEoWDIgcgBYUgASAMhSINgyIGIAUgDYUiAYUgAiABIAIgFoUiAoOFIgGDIAKFIgIgBiAUhSIGIAcgDYUiBYUiDYUiByABIAWFIhKFIhQgD4MgESASgyIPhSIRIA0gFYOFIhUgBiAQg4UiECAMIAEgAoUiDIMiFiACIAmDhSIcIBMgFIOFIhMgAyASg4UiCYU3AzggACAKIAyDIgMgBCAGgyIKIAUgCIOFIgwgByALg4WFIBOFIgQgASAbg4UiCyAHIA6DIA+FIAmFhTcDKCAAIAogDSAYg4UgHIUgEIUiCDcDICAAIBUgBSAZg4UgC4U3AxAgACAMIAEgGoOFIBaFIgEgESACIBeDhYUiCiAEhTcDCCAAIAMgCoU3AwAgACAIIAmFNwMwIAAgASAIhTcDGAuuBAELfyAAKAIEIQkgACgCACEKIAAoAgghCwJAA0AgBg0BAn8CQCACIARJDQADQCABIARqIQUCQAJAAkACQAJAIAIgBGsiBkEHTQRAIAIgBEcNASACIQQMBwsgBUEDakF8cSIAIAVGDQEgACAFayEDQQAhAANAIAAgBWotAABBCkYNBSADIABBAWoiAEcNAAsgAyAGQQhrIgBLDQMMAgtBACEAA0AgACAFai0AAEEKRg0EIAYgAEEBaiIARw0ACyACIQQMBQsgBkEIayEAQQAhAwsDQEGAgoQIIAMgBWoiBygCACINQYqUqNAAc2sgDXJBgIKECCAHQQRqKAIAIgdBipSo0ABzayAHcnFBgIGChHhxQYCBgoR4Rw0BIANBCGoiAyAATQ0ACwsgAyAGRgRAIAIhBAwDCyADIAVqIQYgAiADayAEayEHQQAhAAJAA0AgACAGai0AAEEKRg0BIAcgAEEBaiIARw0ACyACIQQMAwsgACADaiEACyAAIARqIgNBAWohBAJAIAIgA00NACAAIAVqLQAAQQpHDQBBACEGIAQiBQwDCyACIARPDQALCyACIAhGDQJBASEGIAghBSACCyEAAkAgCy0AAARAIApBzMXAAEEEIAkoAgwRAAANAQtBACEDIAAgCEcEQCAAIAFqQQFrLQAAQQpGIQMLIAAgCGshACABIAhqIQcgCyADOgAAIAUhCCAKIAcgACAJKAIMEQAARQ0BCwtBASEMCyAMC9IMAhN/BH4jAEEgayINJAACQAJAIAEpAxBCgICAgIAgWARAIA1BDGogASgCHCABKAIgEHkgDS0ADCIDQQtHBEAgACANKAAcNgAQIAAgDSkAFTcACSAAIA0pAA03AAEgACADOgAADAMLIAIpAxAgAikDGCABEFchFyACKAIIRQRAIAJBEGohEiMAQTBrIgUkAAJAAkACQCACKAIMIgtBAWoiA0UNACACKAIEIgcgB0EBaiIKQQN2IgRBB2wgB0EISRsiEEEBdiADSQRAIAVBCGpBEEEIAn8gEEEBaiIEIAMgAyAESRsiA0EPTwRAIANB/////wFLDQNBfyADQQN0QQduQQFrZ3ZBAWoMAQtBBCADQQhxQQhqIANBBEkbCyIEEKMBIAUoAggiA0UNASAFKAIQIQYgBSgCDCIHBEAgByADEOsCIQMLIANFDQIgAyAGaiEHIARBCGoiAwRAIAdB/wEgA/wLAAsgBUEANgIgIAUgBEEBayIKNgIYIAUgBzYCFCAFQpCAgICAATcCDCAFIAJBEGo2AgggBSAKIARBA3ZBB2wgBEEJSRsiEDYCHCACKAIAIgQpAwBCf4VCgIGChIiQoMCAf4MhFiAFQRRqIREgBCEDIAshBgNAIAYEQANAIBZQBEAgCEEIaiEIIANBCGoiAykDAEJ/hUKAgYKEiJCgwIB/gyEWDAELCyAHIAcgCiASIAQgFnqnQQN2IAhqIgwQ2wIiGBCyASIJaiAYp0EZdiIPOgAAIAcgCUEIayAKcWpBCGogDzoAACAHIAlBBHRrQRBrIgkgBCAMQQR0a0EQayIMKQAINwAIIAkgDCkAADcAACAGQQFrIQYgFkIBfSAWgyEWDAELCyAFIAs2AiAgBSAQIAtrNgIcIAIgERD/ASAFKAIYIgNFDQMgBUEkaiAFKAIMIAUoAhAgA0EBahCjASAFKAIkGiAFKAIUIAUoAixrIAUoAigQhQMMAwsgBCAKQQdxQQBHaiEDIAIoAgAiBiEIA0AgAwRAIAggCCkDACIWQn+FQgeIQoGChIiQoMCAAYMgFkL//v379+/fv/8AhHw3AwAgCEEIaiEIIANBAWshAwwBBQJAIApBCE8EQCAGIApqIAYpAAA3AAAMAQsgCkUNACAGQQhqIAYgCvwKAAALQQAhAwNAAkAgCiADIgRHBEAgBEEBaiEDIAQgBmoiES0AAEGAAUcNAiAGIARBf3NBBHRqIQgDQCAEIAcgEiAGIAQQ2wIiFqciDHEiD2sgBiAHIBYQsgEiCSAPa3MgB3FBCEkNAiAGIAlqIg8tAAAgDyAMQRl2Igw6AAAgBiAJQQhrIAdxakEIaiAMOgAAIAYgCUEEdGtBEGshCUH/AUYEQCARQf8BOgAAIAYgBEEIayAHcWpBCGpB/wE6AAAgCSAIKQAINwAIIAkgCCkAADcAAAwEBSAIIAkQ/wEMAQsACwALIAIgECALazYCCAwGCyARIAxBGXYiCDoAACAGIARBCGsgB3FqQQhqIAg6AAAMAAsACwALAAtBxMbAAEE5QeDGwAAQjAIACxC1AwALIAVBMGokAAsgAigCBCILIBencSEDIBdCGYgiGEL/AINCgYKEiJCgwIABfiEZIAIoAgAhBANAIAMgBGopAAAiFyAZhSIWQn+FIBZCgYKEiJCgwIABfYNCgIGChIiQoMCAf4MhFgNAIBZQRQRAIAEgBCAWeqdBA3YgA2ogC3FBBHRrQRBrQRAQ6wFFDQQgFkIBfSAWgyEWDAELCyAXQoCBgoSIkKDAgH+DIRYCQAJ/IBRFBEBBACAWUA0BGiADIBZ6p0EDdmogC3EhDgsgFiAXQgGGg0IAUg0BQQELIRQgAyAVQQhqIhVqIAtxIQMMAQsLIAQgDmosAAAiA0EATgRAIAQgBCkDAEKAgYKEiJCgwIB/g3qnQQN2Ig5qLQAAIQMLIAQgDmogGKdB/wBxIgY6AAAgAiACKAIIIANBAXFrNgIIIAIgAigCDEEBajYCDCAEIA5BCGsgC3FqQQhqIAY6AAAgAEELOgAAIAQgDkEEdGtBEGsiACABKQAINwAIIAAgASkAADcAAAwCCyAAQRs2AgggAEH90MAANgIEIABBAzoAAAwBCyAAQRo2AgggAEHj0MAANgIEIABBAzoAAAsgDUEgaiQAC/sDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBEAAAwBCyABKAIMIQoDQCACQQFqIQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEBAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRAABFBEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRAABFBEAgAiAEaiECDAMLQQEMBAsgB0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRAQQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8gBC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8BBAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgCBBEBAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALuAQCBn8BfkErQYCAxAAgACgCCCIIQYCAgAFxIgYbIAZBFXZBASABGyAFaiEJAkAgCEGAgIAEcUUEQEEAIQIMAQsgAwRAIAIhBiADIQoDQCAHIAYsAABBv39KaiEHIAZBAWohBiAKQQFrIgoNAAsLIAcgCWohCQtBLSABGyELAkAgAC8BDCIBIAlLBEACQAJAIAhBgICACHFFBEAgASAJayEKQQAhBkEAIQECQAJAAkAgCEEddkEDcUEBaw4DAAEAAgsgCiEBDAELIApB/v8DcUEBdiEBCyAIQf///wBxIQggACgCBCEJIAAoAgAhAANAIAZB//8DcSABQf//A3FPDQJBASEHIAZBAWohBiAAIAggCSgCEBEBAEUNAAsMBAsgACAAKQIIIgynQYCAgP95cUGwgICAAnI2AghBASEHIAAoAgAiCiAAKAIEIgggCyACIAMQmQINA0EAIQYgASAJa0H//wNxIQEDQCAGQf//A3EgAU8NAiAGQQFqIQYgCkEwIAgoAhARAQBFDQALDAMLQQEhByAAIAkgCyACIAMQmQINAiAAIAQgBSAJKAIMEQAADQIgCiABa0H//wNxIQFBACEGA0AgASAGQf//A3FNBEBBAA8LIAZBAWohBiAAIAggCSgCEBEBAEUNAAsMAgsgCiAEIAUgCCgCDBEAAA0BIAAgDDcCCEEADwtBASEHIAAoAgAiASAAKAIEIgAgCyACIAMQmQINACABIAQgBSAAKAIMEQAAIQcLIAcLnwQBA38jAEFAaiIDJAACQAJ/AkACQAJAAkACQAJAAkACQAJAAkAgACgCFCIFIAAoAhBJBEAgACgCDCAFai0AACIEQSJGDQYgBEEtRg0FIARB5gBGDQQgBEHuAEYNCCAEQfQARg0DIARB2wBGDQEgBEH7AEYNAiAEQTBrQf8BcUEKSQ0HCyADQQo2AjAgACADQTBqENIBDAoLIANBCjoAMCADQTBqIAEgAhDMAQwJCyADQQs6ADAgA0EwaiABIAIQzAEMCAsgACAFQQFqNgIUIABB+8nAAEEDEJoBIgQNCCADQYACOwEwIANBMGogASACEMwBDAcLIAAgBUEBajYCFCAAQf7JwABBBBCaASIEDQcgA0EAOwEwIANBMGogASACEMwBDAYLIAAgBUEBajYCFCADIABBABBPIAMpAwBCA1ENAyADIAEgAhC+AQwFCyAAQQA2AgggACAFQQFqNgIUIANBJGogAEEMaiAAEDsgAygCKCEEIAMoAiRBAkYNBSADIAMoAiw2AjggAyAENgI0IANBBToAMCADQTBqIAEgAhDMAQwECyADQRBqIABBARBPIAMpAxBCA1EEQCADKAIYIQQMBQsgA0EQaiABIAIQvgEMAwsgACAFQQFqNgIUIABB+MnAAEEDEJoBIgRFDQEMAwsgAygCCCEEDAILIANBBzoAMCADQTBqIAEgAhDMAQsgABDYAiEECyADQUBrJAAgBAvmAwIFfwJ+IwBBQGoiBCQAIAKnQbMIayIFQYWiE2whBgJAIANFBEAgBEEwaiIHIAZBgIAIa0EUdSIDQX9zEIMBIAcgBCkDMCICIAQpAzggASADQZXb8gdsQZXb8gdqQRB2IAVqIgVBB2qthhDfASAEQSBqIAQpAzAiCUI6hiAEKQM4QgaIhCIBQgoQrwEgBEEQaiABIAJBACAFa62IIgJCAYgiCn1CChCvASACIAFCf4VWIgcgASAKVHIhBSAEKQMoIAQpAyAiAUL///////////8AfCABVK18pyIGIAQpAxggBCkDEEIAUq18pyIIIAYgCEsbIQYgB60gCUIGiHwhAQwBCyAEQTBqIgcgBkEUdSIDQX9zEIMBIAcgBCkDMCIJIAQpAzggASADQZXb8gdsQZXb8gdqQRB2IAVqIgVBB2qthhDfASAEIAQpAzAiCkI6hiAEKQM4QgaIhCICQgoQrwEgAUJ/hUIBgyAJQQAgBWutiHwiASACQn+FViIGIAEgAlZyIQUgBq0gCkIGiHwhAUECIAQpAwggBCkDACIJQvr//////////wB9IAlUrXynIAJCgICAgICAgIDAAFEbIQYLIAAgBjoADCAAIAM2AgggACABNwMAIAAgBUU6AA0gBEFAayQAC9ADAQ5/IAAgAS0ADSABLQAPQQh0ciICIAEtAAkgAS0AC0EIdHIiA0EBdnNB1aoBcSIHIAJzIgIgAS0ABSABLQAHQQh0ciIEIAEtAAEgAS0AA0EIdHIiBUEBdnNB1aoBcSIIIARzIgRBAnZzQbPmAHEiCSACcyICIAEtAAwgAS0ADkEIdHIiBiABLQAIIAEtAApBCHRyIgpBAXZzQdWqAXEiDCAGcyIGIAEtAAQgAS0ABkEIdHIiCyABLQAAIAEtAAJBCHRyIgFBAXZzQdWqAXEiDSALcyILQQJ2c0Gz5gBxIg4gBnMiBkEEdnNBjx5xIg8gAnM7AQ4gACAHQQF0IANzIgIgCEEBdCAFcyIDQQJ2c0Gz5gBxIgcgAnMiAiAMQQF0IApzIgUgDUEBdCABcyIBQQJ2c0Gz5gBxIgggBXMiBUEEdnNBjx5xIgogAnM7AQwgACAJQQJ0IARzIgIgDkECdCALcyIEQQR2c0GPHnEiCSACczsBCiAAIA9BBHQgBnM7AQYgACAHQQJ0IANzIgIgCEECdCABcyIBQQR2c0GPHnEiAyACczsBCCAAIApBBHQgBXM7AQQgACAJQQR0IARzOwECIAAgA0EEdCABczsBAAvhAwEDfyMAQRBrIgQkAAJAAkACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARBqRQ0CQQEhAgwDCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDP5UA6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQSEUNAQwCCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDSxUA6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQSA0BCyABKAIAQfrXwABBAiABKAIEKAIMEQAABEBBASECDAELIABBBGohAAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGohAgwCCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDP5UA6AAAgA0EBayEDIAJBBHYiAg0ACyABQQFB0MXAAEECIAMgBGpBB2pBCSADaxBIIQIMAQsgACgCACECQQkhAwNAIAMgBGpBBmogAkEPcS0A0sVAOgAAIANBAWshAyACQQR2IgINAAsgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQSCECCyAEQRBqJAAgAgvYAwIEfgR/IwBBQGoiCCQAIAgQlAIgASABLQB/IgdqIgpBgAE6AAAgACkDQCEDIAApA0ghBCAHQf8AcyIJBEAgCkEBakEAIAn8CwALIANCNogiBUI4hiAEQgqGIgYgBYQiBUKA/gODQiiGhCAFQoCA/AeDQhiGIAVCgICA+A+DQgiGhIQgBEIChkKAgID4D4MgBEIOiEKAgPwHg4QgBEIeiEKA/gODIAZCOIiEhIQhBSAHrSIEQjuGIANCCoYiBiAEQgOGhCIEQoD+A4NCKIaEIARCgID8B4NCGIYgBEKAgID4D4NCCIaEhCADQgKGQoCAgPgPgyADQg6IQoCA/AeDhCADQh6IQoD+A4MgBkI4iISEhCEDIAlBD00EQCAAIAEQxwIgAUEAQfAA/AsACyABIAU3AHAgASADNwB4IAAgARDHAkEAIQcgAUEAOgB/A0AgB0HAAEZFBEAgByAIaiAAIAdqKQMAIgNCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQ3AAAgB0EIaiEHDAELCyACIAhBwAD8CgAAIAhBQGskAAuJBAEBfyMAQTBrIgMkAAJ/AkACQAJAAkACQAJAAkACQAJAAkACQCAALQAAQQFrDgoBAgMEBQYHCAkKAAsgAUGY3cAAQcwAIAIoAgwRAAAMCgsgAUHk3cAAQSkgAigCDBEAAAwJCyADIABBAWo2AiwgA0EGNgIYIAMgA0EsajYCFCABIAJBnIfAACADQRRqEEcMCAsgAyAAQQRqNgIsIANBBzYCGCADIANBLGo2AhQgASACQe6GwAAgA0EUahBHDAcLIAMgAEEMajYCDCADIABBBGo2AhAgAyAAQQhqNgIsIANBCDYCKCADQQg2AiAgA0EHNgIYIAMgA0EsajYCJCADIANBEGo2AhwgAyADQQxqNgIUIAEgAkHagsAAIANBFGoQRwwGCyADIABBBGo2AiwgA0EJNgIYIAMgA0EsajYCFCABIAJB2IbAACADQRRqEEcMBQsgAyAAQQRqNgIsIANBCTYCGCADIANBLGo2AhQgASACQeuFwAAgA0EUahBHDAQLIAFBjd7AAEE8IAIoAgwRAAAMAwsgAyAAQQRqNgIsIANBBzYCGCADIANBLGo2AhQgASACQYOHwAAgA0EUahBHDAILIAMgAEEEajYCLCADQQc2AhggAyADQSxqNgIUIAEgAkG4hsAAIANBFGoQRwwBCyABQcnewABBKSACKAIMEQAACyADQTBqJAALhgUCB38BfiMAQSBrIgMkACADQQhqIAEQ+wECQAJAAkACQAJ/IAMtAAhBAUYEQCADKAIMDAELIAMtAAlBAUYEQCADLQAKIgZBMEcNAiABKAIUIgQgASgCEEkEQCABKAIMIARqLQAAQTBrQf8BcUEKSQ0ECyAAIAEgAkIAEHoMBQsgA0EFNgIQIAEgA0EQahD4AQshASAAQgM3AwAgACABNgIIDAMLIAZBMWtB/wFxQQlJDQEgA0ENNgIQIAEgA0EQahD4ASEBIABCAzcDACAAIAE2AggMAgsgA0ENNgIQIAEgA0EQahDSASEBIABCAzcDACAAIAE2AggMAQsgASgCFCIEIAEoAhAiBSAEIAVLGyEFIAZBMGutQv8BgyEKIAEoAgwhBgNAAkAgBCAFRwRAIAQgBmotAABBMGsiB0H/AXEiCEEKSQ0BCyAAIAEgAiAKEHoMAgsgCEEFSyAKQpmz5syZs+bMGVJyIApCmbPmzJmz5swZWnFFBEAgASAEQQFqIgQ2AhQgCkIKfiAHrUL/AYN8IQoMAQsLIANBEGohBkEAIQQgASgCECIHIAEoAhQiBWsiCEEAIAcgCE8bIQcgASgCDCAFaiEIIAVBAWohCQNAAkACQAJAAkAgBiABIAIgCiAEIAdHBH8gBCAIai0AACIFQTBrQf8BcUEKSQ0DIAVBLkYNASAFQcUARiAFQeUARnINAiAEBSAHCxB/DAMLIAYgASACIAogBBBgDAILIAYgASACIAogBBBSDAELIAEgBCAJajYCFCAEQQFqIQQMAQsLIAACfiADKAIQQQFGBEAgACADKAIUNgIIQgMMAQsgACADKwMYOQMIQgALNwMACyADQSBqJAALjwQBAn8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEGsmMEAKAIARgRAIAIoAgRBA3FBA0cNAUGkmMEAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEFoLAkACQAJAIAIoAgQiA0ECcUUEQCACQbCYwQAoAgBGDQIgAkGsmMEAKAIARg0DIAIgA0F4cSICEFogACABIAJqIgFBAXI2AgQgACABaiABNgIAIABBrJjBACgCAEcNAUGkmMEAIAE2AgAPCyACIANBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQZA8LAkBBnJjBACgCACICQQEgAUEDdnQiA3FFBEBBnJjBACACIANyNgIAIAFB+AFxQZSWwQBqIgEhAgwBCyABQfgBcSIBQZSWwQBqIQIgAUGclsEAaigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0GwmMEAIAA2AgBBqJjBAEGomMEAKAIAIAFqIgE2AgAgACABQQFyNgIEIABBrJjBACgCAEcNAUGkmMEAQQA2AgBBrJjBAEEANgIADwtBrJjBACAANgIAQaSYwQBBpJjBACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC9cDAwN/AX4BfCMAQUBqIgIkACACIAEQpwECQAJAAkACQAJAAn8gAi0AAEEBRgRAIAIoAgQMAQsgAi0AAUEBRgRAIAItAAIiA0EtRw0CQQEhAyABIAEoAhRBAWo2AhQgAkEIaiABQQAQTyACKQMIIgVCA1ENAyACQRBqIQMMBQsgAkEFNgIoIAEgAkEoahDSAQshAUEBIQMMBAsgA0Ewa0H/AXFBCk8EQEEBIQMgASACQT9qQcjJwAAQSSABENgCIQEMBAtBASEDIAJBGGogAUEBEE8gAikDGCIFQgNRDQEgAkEgaiEDDAILIAIoAhAhAQwCCyACKAIgIQEMAQsCfwJAAkACQCAFp0EBaw4CAAECCyADKQMAIgVCgICAgBBaBEAgAkEBOgAoIAIgBTcDMCACQShqIAJBP2pByMnAABDNAQwDCyAFpyEBQQAhAwwDCyADKQMAIgVCgICAgBBaBEAgAkECOgAoIAIgBTcDMCACQShqIAJBP2pByMnAABDNAQwCCyAFpyEBQQAhAwwCCyADKwMAIQYgAkEDOgAoIAIgBjkDMCACQShqIAJBP2pByMnAABDMAQtBASEDIAEQ2AIhAQsgACABNgIEIAAgAzYCACACQUBrJAAL2QQBB38jAEEgayIHJAAgASABKAIUIgZBAWoiBTYCFEEBIQgCQCAFIAEoAhBPDQACQAJAIAEoAgwgBWotAABBK2sOAwECAAILQQAhCAsgASAGQQJqNgIUCyAHQQxqIAEQ+wECQAJAAn8gBy0ADEEBRgRAIAcoAhAMAQsgBy0ADUEBRgRAIActAA5BMGtB/wFxIgVBCkkNAiAHQQ02AhQgASAHQRRqEPgBIQEgAEEBNgIAIAAgATYCBAwDCyAHQQU2AhQgASAHQRRqEPgBCyEBIABBATYCACAAIAE2AgQMAQsgASgCFCIGIAEoAhAiCSAGIAlLGyEKIAEoAgwhCwNAAkAgBiAKRwRAIAYgC2otAABBMGtB/wFxIglBCkkNAQsgACABIAIgAwJ/IAhFBEAgBCAFayIAQR91QYCAgIB4cyAAIAAgBEggBUEASnMbDAELIAQgBWoiAEEfdUGAgICAeHMgACAFQQBIIAAgBEhzGwsQfwwCCyABIAZBAWoiBjYCFCAFQcyZs+YARyAJQQdLciAFQcuZs+YASnFFBEAgBUEKbCAJaiEFDAELCyMAQRBrIgUkACAAAn8gA0IAIAgbUARAIAEoAhQiBCABKAIQIgYgBCAGSxshBiABKAIMIQgDQAJAIAQgBkcEQCAEIAhqLQAAQTBrQf8BcUEKSQ0BCyAARAAAAAAAAAAARAAAAAAAAACAIAIbOQMIQQAMAwsgASAEQQFqIgQ2AhQMAAsACyAFQQ42AgQgACABIAVBBGoQ+AE2AgRBAQs2AgAgBUEQaiQACyAHQSBqJAALugMBA38CQAJAAkACQCACIANPBEAgA0UNBCABIANqIQIgA0EDTQRAA0AgASACTw0GIAJBAWsiAi0AAEEKRw0ADAULAAtBgIKECCACQQRrKAAAIgRBipSo0ABzayAEckGAgYKEeHFBgIGChHhHBEADQCABIAJPDQYgAkEBayICLQAAQQpHDQAMBQsACyADIAJBA3FrIQQgA0EJSQ0BA0ACQCAEQQhOBEBBgIKECCABIARqIgJBCGsoAgAiBkGKlKjQAHNrIAZyQYCBgoR4cUGAgYKEeEYNAQsgASAEaiECDAQLIARBCGshBEGAgoQIIAJBBGsoAgAiBkGKlKjQAHNrIAZyQYCBgoR4cUGAgYKEeEYNAAsMAgtBACADIAJBnILBABBlAAsgASAEaiECA0AgASACTw0DIAJBAWsiAi0AAEEKRw0ACwwBCwNAIAEgAk8NAiACQQFrIgItAABBCkcNAAsLIAIgAWtBAWohBQtBASECIAAgASAFaiIEIAFLBH9BACECA0AgASAET0UEQCACIAEtAABBCkZqIQIgAUEBaiEBDAELCyACQQFqBUEBCzYCACAAIAMgBWs2AgQLjwMBA38jAEEgayICJAAgAkEMaiABKAIAIgMQpwECQAJAAn8gAi0ADEEBRgRAIAIoAhAMAQsgAi0ADUEBRgRAIAItAA4iBEH9AEcNAiAAQQA7AQAMAwsgAkEDNgIUIAMgAkEUahDSAQshASAAQQE6AAAgACABNgIEDAELIAACfwJAAkACQCABLQAERQRAIARBLEcNASADIAMoAhRBAWo2AhQgAkEMaiADEKcBIAItAAwEQCAAIAIoAhA2AgQgAEEBOgAADAYLAkACQCACLQANQQFGBEAgAi0ADiIBQSJGDQEgAUH9AEYNAiACQRE2AhQMBgsgAkEFNgIUDAULIABBAToAAUEADAULIAJBFTYCFAwDCyABQQA6AAQgBEEiRg0BIAJBETYCFCADIAJBFGoQ0gEhASAAQQE6AAAgACABNgIEDAQLIAJBCDYCFCADIAJBFGoQ0gEhASAAQQE6AAAgACABNgIEDAMLIABBgAI7AQAMAgsgACADIAJBFGoQ0gE2AgRBAQs6AAALIAJBIGokAAvIAwEEfyMAQdAAayICJAAgAkEEaiABEKcBAkACQCACLQAEQQFGBEAgAigCCCEDDAELAkACQCACLQAFQQFGBEAgAi0ABkEiRw0BIAFBADYCCCABIAEoAhRBAWo2AhQgAkEEaiABQQxqIAEQOyACKAIIIQMgAigCBCIEQQJGDQMgAigCDCEFIARBAUYEQCACIAU2AiAgAiADNgIcIAJBBToAGCACQRhqIAJBzwBqQejJwAAQzAEgARDYAiEDDAQLIAJBBGoiBCADIAUQYiAAAn8gAi0ABEELRwRAIAIgAigCFDYCKCACIAIpAgw3AyAgAiACKQIENwMYIAJBADYCSCACQoCAgIAQNwJAIAJBGGogAkFAa0GI28AAEE4NBCACIAIoAkg2AjggAiACKQJANwMwIAJBMGoQNiEBIAQQ1AIgACABNgIEQQEMAQsgACACKQANNwAJIAAgAikABTcAAUEACzoAAAwECyACQQU2AhggASACQRhqENIBIQMMAgsgASACQc8AakHoycAAEEkgARDYAiEDDAELQbDbwABBNyACQc8AakGg28AAQejbwAAQ0AEACyAAQQE6AAAgACADNgIECyACQdAAaiQAC6MDAwJ/AX4BfCMAQUBqIgIkACACIAEQpwECQAJAAkACQAJ/IAItAABBAUYEQCACKAIEDAELIAItAAFBAUYEQCACLQACIgNBLUcNAiACQRBqIQMgASABKAIUQQFqNgIUIAJBCGogAUEAEE8gAikDCCIEQgNSDQMMBAsgAkEFNgIoIAEgAkEoahDSAQshASAAQQE2AgAgACABNgIEDAMLIANBMGtB/wFxQQpPBEAgASACQT9qQdjJwAAQSSABENgCIQEgAEEBNgIAIAAgATYCBAwDCyACQSBqIQMgAkEYaiABQQEQTyACKQMYIgRCA1ENAQsgAAJ/AkAgAAJ/AkACQAJAIASnQQFrDgIBAgALIAMrAwAhBSACQQM6ACggAiAFOQMwIAJBKGogAkE/akHYycAAEMwBDAILIAMpAwAhBAwCCyADKQMAIgRCAFkNASACQQI6ACggAiAENwMwIAJBKGogAkE/akHYycAAEM0BCyABENgCNgIEQQEMAQsgACAENwMIQQALNgIADAELIABBATYCACAAIAMoAgA2AgQLIAJBQGskAAugAwICfwN+IwBB4ABrIgMkACADQgA3AzAgA0IANwM4IAMgATcDKCADIAFC88rRy6eM2bL0AIU3AxggAyABQu3ekfOWzNy35ACFNwMQIAMgADcDICADIABC4eSV89bs2bzsAIU3AwggAyAAQvXKzYPXrNu38wCFNwMAIANBEDYCQCADIANBQGsiBEEEEHYgAyACQRAQdiADIAMpAxA3A1AgAyADKQMINwNIIAMgAykDADcDQCADIAMpAzAgAzUCOEI4hoQiBSADKQMYhTcDWCAEELsBIAMpA1AhACADKQNAIQcgAykDSCEGIAMpA1ghASADQeAAaiQAIAEgBkL/AYV8IgYgACAFIAeFfCIFIABCDYmFIgB8IgcgAEIRiYUiAEINiSAAIAFCEIkgBoUiACAFQiCJfCIBfCIFhSIGQhGJIABCFYkgAYUiACAHQiCJfCIBIAZ8IgeFIgZCDYkgAEIQiSABhSIAIAVCIIl8IgEgBnyFIgVCEYkgAEIViSABhSIAIAdCIIl8IgEgBXwiBUIgiYUgAEIQiSABhUIViYUgBYUL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEgAUELSRsiBGpBDGoQLyICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhBQDAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQUAsgAEEIaiEDCyADC+0CAQZ/IwBBEGsiBSQAAkACQAJAAkACQAJAAkAgAkEBcQRAIAJBAXYhAwwBCyABLQAAIgNFDQEgASEEA0AgBEEBaiEEAkAgA8BBAEgEQCADQf8BcUGAAUYEQCAGIAQvAAAiA2ohBiADIARqQQJqIQQMAgsgBCADQQNxQQh4IghBBXRBgICAgARxIAhBB3RyQR12aiADQQF2QQJxaiADQQJ2QQJxaiEEIAZFIAdyIQcMAQsgBCADQf8BcSIDaiEEIAMgBmohBgsgBC0AACIDDQALQQAhAyAHIAZBEElxDQAgBkEBdCIDQQBIDQQLIAMNAQtBASEEQQAhAwwBCyADEC8iBEUNAgsgBUEANgIIIAUgBDYCBCAFIAM2AgAgBUHYp8AAIAEgAhBHRQ0CQYCowABB1gAgBUEPakHwp8AAQdiowAAQ0AEACxCsAwALQQEQ8gIACyAAIAUoAgg2AgggACAFKQIANwIAIAVBEGokAAuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAAQRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABBEGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAgACgCHEECdEGElcEAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMMBAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgIIDwtBnJjBAEGcmMEAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0GgmMEAQaCYwQAoAgBBfiAAKAIcd3E2AgAL0wIBA38jAEEgayICJAAgAkEMaiABKAIAIgMQpwECQAJAAn8gAi0ADEEBRgRAIAIoAhAMAQsgAi0ADUEBRgRAIAItAA4iBEHdAEcNAiAAQQA7AQAMAwsgAkECNgIUIAMgAkEUahDSAQshASAAQQE6AAAgACABNgIEDAELAkACQCABLQAERQRAIARBLEcNASADIAMoAhRBAWo2AhQgAkEMaiADEKcBIAItAAwEQCAAIAIoAhA2AgQgAEEBOgAADAQLAkACQCACLQANQQFGBEAgAi0ADkHdAEcNAiACQRU2AhQMAQsgAkEFNgIUCyAAIAMgAkEUahDSATYCBEEBIQEMAwsgAEEBOgABQQAhAQwCCyABQQA6AAQgAEGAAjsBAAwCCyACQQc2AhQgAyACQRRqENIBIQEgAEEBOgAAIAAgATYCBAwBCyAAIAE6AAALIAJBIGokAAvAAgIEfwF+IwBBIGsiBiQAAn9BACADIAIgA2oiAksNABpBACEDIAZBFGohCAJAAkAgBa1BBCACIAEoAgAiCUEBdCIHIAIgB0sbIgIgAkEETRsiAq1+IgpCIIinDQAgCqciB0GAgICAeCAEa0sNAAJ/IAlFBEBBACEFIAZBHGoMAQsgASgCBCEIIAYgBDYCHCAFIAlsIQUgBkEYagsgBTYCAAJ/IAYoAhwEQCAGKAIYIgNFBEAgBkEIaiAEIAdBABDeASAGKAIIDAILIAggAyAEIAcQPQwBCyAGIAQgB0EAEN4BIAYoAgALIgUNASAGIAQ2AhQgBkEQaiEIIAchAwsgCCADNgIAIAYoAhAhAiAGKAIUDAELIAEgAjYCACABIAU2AgRBgYCAgHgLIQMgACACNgIEIAAgAzYCACAGQSBqJAAL3QIBCH8jAEEgayICJAAgACgCCCEFIAAoAgQhA0EBIQYgASgCAEGOtsAAQQEgASgCBCgCDBEAACEAIAUEQANAIAchCEEBIQcgAEEBcSEEQQEhAAJAIAQNAAJAIAEtAApBgAFxRQRAIAhBAXFFDQEgASgCAEHL4sAAQQIgASgCBCgCDBEAAEUNAQwCCyABKAIEIQQgASgCACEJIAhBAXFFBEAgCUHttMAAQQEgBCgCDBEAAA0CCyACQQE6AA8gAiAENgIEIAIgCTYCACACQfS0wAA2AhQgAiABKQIINwIYIAIgAkEPajYCCCACIAI2AhAgAyACQRBqEI4CBEAMAgsgAigCEEHotMAAQQIgAigCFCgCDBEAACEADAELIAMgARCOAiEACyADQQFqIQMgBUEBayIFDQALCyAARQRAIAEoAgBB77TAAEEBIAEoAgQoAgwRAAAhBgsgAkEgaiQAIAYL4AIBB38jAEEgayIDJAAgASgCACIBQQA6ABwCQCABKAIIQf////8HSQRAIAFBCGohByABKAIYIQYCQANAIAZFDQEgA0EIaiAHQfDIwAAQuQIgAygCDCEEIAMoAggiASgCDCIFBEAgASAFQQFrNgIMIAEgASgCCCIFQQFqIgggASgCACIJQQAgCCAJTxtrNgIIIAEoAgQgBUECdGooAgAhASAEIAQoAgBBAWo2AgAgASgCCA0EIAFBfzYCCAJAIAEoAgwiBEUNACABQQA6ABwgA0EANgIYIAMgAUEUaiIFNgIUIAMgBTYCECAEIANBEGogASgCECgCDBEBAA0AIAFBDGoiBBDMAiAEQQA2AgALIAEgASgCCEEBajYCCCABEOgCIAZBAWshBgwBCwsgBCAEKAIAQQFqNgIACyACEJoDIABBADYCACADQSBqJAAPC0HgyMAAELACAAtB0MjAABCvAgALxAICBH8DfiMAQSBrIgQkACAEEOQBIAEgAS0APyIDaiIGQYABOgAAIAApAyAhByADQT9zIgUEQCAGQQFqQQAgBfwLAAsgA60iCEI7hiAHQgmGIgkgCEIDhoQiCEKA/gODQiiGhCAIQoCA/AeDQhiGIAhCgICA+A+DQgiGhIQgB0IBhkKAgID4D4MgB0IPiEKAgPwHg4QgB0IfiEKA/gODIAlCOIiEhIQhByAFQQdNBEAgACABEMgCIAFBAEE4/AsACyABIAc3ADggACABEMgCQQAhAyABQQA6AD8DQCADQSBGRQRAIAMgBGogACADaigCACIBQf+B/AdxQQh4IAFBGHhB/4H8B3FyNgAAIANBBGohAwwBCwsgAiAEKQAYNwAYIAIgBCkAEDcAECACIAQpAAg3AAggAiAEKQAANwAAIARBIGokAAu1AwEIfyMAQRBrIgckACABIAEoAhRBAWoiBTYCFCABKAIMIQggASgCECEJAkADQAJAAkACQAJAIAUgCUkEQCAFIAhqLQAAIgpBMGsiC0H/AXEiDEEKSQ0EIAYNASAHQQ02AgQgASAHQQRqENIBIQEgAEEBNgIAIAAgATYCBAwGCyAGBEAgBCAGaiEFDAILIAdBBTYCBCABIAdBBGoQ0gEhASAAQQE2AgAgACABNgIEDAULIAQgBmohBSAKQSByQeUARg0BCyAAIAEgAiADIAUQfwwDCyAAIAEgAiADIAUQUgwCCyAMQQVLIANCmbPmzJmz5swZUnIgA0KYs+bMmbPmzBlWcUUEQCABIAVBAWoiBTYCFCAGQQFrIQYgA0IKfiALrUL/AYN8IQMMAQsLIAQgBmohBSABKAIUIgQgASgCECIGIAQgBksbIQYgASgCDCEIAkACQAJAA0AgBCAGRg0BIAQgCGotAAAiCUEwa0H/AXFBCU0EQCABIARBAWoiBDYCFAwBCwsgCUEgckHlAEYNAQsgACABIAIgAyAFEH8MAQsgACABIAIgAyAFEFILCyAHQRBqJAAL8wIBBX8jAEEQayIDJAACQEHYmMEAKAIADQBB2JjBAEF/NgIAQeSYwQAoAgAiAUHgmMEAKAIAIgBGBEAgASEAAkAgAUHcmMEAKAIAIgJHDQDQb0GAASABIAFBgAFNGyIC/A8BIgBBf0YNAgJAQeiYwQAoAgAiBEUEQEHomMEAIAA2AgAMAQsgASAEaiAARw0DC0HcmMEAKAIAIgRB4JjBACgCACIAayACTwRAIAQhAgwBCyACIAAgAmoiAksNAiADQQRqIARB2JTBACgCACACQQQQbyADKAIEQQFGDQJB2JTBACADKAIINgIAQdyYwQAgAjYCAEHgmMEAKAIAIQALIAAgAk8NAUHYlMEAKAIAIABBAnRqIAFBAWo2AgBB4JjBACAAQQFqIgA2AgALIAAgAU0NAEHkmMEAQdiUwQAoAgAgAUECdGooAgA2AgBB2JjBAEHYmMEAKAIAQQFqNgIAQeiYwQAoAgAgA0EQaiQAIAFqDwsAC74CAQV/IwBBIGsiAyQAAkACQCACQSBGBEBBACECA0AgAkEgRg0CIAEgAmogAkEBaiECLQAAIgRBOmtB/wFxQfUBSyAEQecAa0H/AXFB+gFPcg0ACwsgAEEpNgIIIABBpN/AADYCBCAAQQM6AAAMAQsgA0IANwMQIANCADcDCEEAIQIgA0EIaiEEAkADQCACQSBGDQEgA0EYaiIFIAEgAmoiBi0AACACEK0BAkAgAygCGEGCgMQARw0AIAMtABwhByAFIAZBAWotAAAgAkEBahCtASADKAIYQYKAxABHDQAgBCADLQAcIAdBBHRyOgAAIARBAWohBCACQQJqIQIMAQsLIABBFDYCCCAAQc3fwAA2AgQgAEEDOgAADAELIAAgAykDEDcACSAAIAMpAwg3AAEgAEELOgAACyADQSBqJAALogICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIAdCP4ciBoUgBn0iBkLoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8ByJJBOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8ByJJBOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8ByJJBOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQDJkkE6AAALIAEgB0IAWUEBQQAgA0EMaiACakEUIAJrEEggA0EgaiQAC7oCAQR/QR8hAiAAQgA3AhAgAUGAgIAISQRAIAFBJiABQQh2ZyIDa3ZBAXEgA0EBdHJBPnMhAgsgACACNgIcIAJBAnRBhJXBAGohBEEBIAJ0IgNBoJjBACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQaCYwQBBoJjBACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIAChDcDGCAEIARBCGqtQoCAgICAAoQ3AxBB9YLAACAEQRBqIAMQjAIACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGCAEIARBCGqtQoCAgICAAoQ3AxBB1IPAACAEQRBqIAMQjAIACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGAsgBCAEQQhqrUKAgICAgAKENwMQQY2EwAAgBEEQaiADEIwCAAuWAgEHfyMAQSBrIgIkACAAKAIAIgMgACgCCCIEayABSQRAAkAgASABIARqIgVLBH9BAAVBACEEIAJBFGohBkEIIAUgA0EBdCIBIAEgBUkbIgEgAUEITRsiAUEATgRAAn8gA0UEQEEAIQMgAkEcagwBCyAAKAIEIQQgAkEBNgIcIAJBGGoLIAM2AgACfyACKAIcBEAgAigCGCIDRQRAIAJBCGpBASABEPcCIAIoAggMAgsgBCADQQEgARA9DAELIAJBASABEPcCIAIoAgALIgMNAiACQQE2AhQgAkEQaiEGIAEhBAsgBiAENgIAIAIoAhAhASACKAIUCyABIQgQ8gIACyAAIAE2AgAgACADNgIECyACQSBqJAALywIBBH8jAEEgayIFJABBASEHAkAgAC0ABA0AIAAtAAUhCCAAKAIAIgYtAApBgAFxRQRAIAYoAgBBy+LAAEHgtMAAIAhBAXEiCBtBAkEDIAgbIAYoAgQoAgwRAAANASAGKAIAIAEgAiAGKAIEKAIMEQAADQEgBigCAEHjtMAAQQIgBigCBCgCDBEAAA0BIAMgBiAEEQEAIQcMAQsgCEEBcUUEQCAGKAIAQeW0wABBAyAGKAIEKAIMEQAADQELIAVBAToADyAFQfS0wAA2AhQgBSAGKQIANwIAIAUgBikCCDcCGCAFIAVBD2o2AgggBSAFNgIQIAUgASACEEUNACAFQeO0wABBAhBFDQAgAyAFQRBqIAQRAQAEQAwBCyAFKAIQQei0wABBAiAFKAIUKAIMEQAAIQcLIABBAToABSAAIAc6AAQgBUEgaiQAIAALlgICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIQYgB0LoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8ByJJBOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8ByJJBOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8ByJJBOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQDJkkE6AAALIAFBAUEBQQAgA0EMaiACakEUIAJrEEggA0EgaiQAC58CAgJ/AX4gAAJ/AkACQAJAAkACQAJAIAIOAgABAgsgAEEAOgABQQEMBQsgAS0AACIDQStrDgMCAQIBCyABLQAAIQMLIAEgA0H/AXFBK0YiA2ohASACIANrIgJBCU8EQEEAIQMCQANAIAJFDQQgAS0AACEEIAOtQgp+IgVCIIinDQEgBEEwayIDQQpPDQMgAUEBaiEBIAJBAWshAiADIAMgBadqIgNNDQALIABBAjoAAUEBDAQLIARBMGtB/wFxQQpPDQEgAEECOgABQQEMAwtBACEDA0AgAkUNAiABLQAAQTBrIgRBCUsNASABQQFqIQEgAkEBayECIAQgA0EKbGohAwwACwALIABBAToAAUEBDAELIAAgAzYCBEEACzoAAAuJAgEHfyMAQRBrIgMkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIANBBmogAmoiBUEEayAAIgYgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwHIkkE7AAAgBUECayAHIAhB5ABsa0H//wNxQQF0LwHIkkE7AAAgAkEEayECIAZB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgA0EGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwHIkkE7AAALQQAgBCAAG0UEQCACQQFrIgIgA0EGamogAEEBdC0AyZJBOgAACyABQQFBAUEAIANBBmogAmpBCiACaxBIIANBEGokAAukAgEFfyMAQYABayIDJAAgASACQQR0QUBxaiEHIAEhBQNAIAUgB0ZFBEBBACEEA0AgBEHAAEZFBEAgAyAEIAVqEPUBIANBQGsgBGoiBiADKQAINwAIIAYgAykAADcAACAEQRBqIQQMAQsLIAMgA0FAa0HAAPwKAABBACEEA0AgBEHAAEZFBEAgAyAEaiIGIAZBCGoQ/AEgBEEQaiEEDAELCyAAIAMpAwAgAykDCBA0IAAgAykDECADKQMYEDQgACADKQMgIAMpAygQNCAAIAMpAzAgAykDOBA0IAVBQGshBQwBCwsgAkEDcUEEdCEEIAEgAkH8//8/cUEEdGohAQNAIAQEQCAAIAEQogIgBEEQayEEIAFBEGohAQwBCwsgA0GAAWokAAu9AgEGfyMAQSBrIgIkACAAKAIAIQMCQAJAAkACQAJAIAAoAgQiAA4DBAIBAAtBASEEIAEoAgAiBUHE4sAAQQcgASgCBCIGKAIMIgcRAAANAiAAQQN0IQBBACEBA0AgAEUEQEEAIQQMBAsgAiADNgIcIAEEQCAFQcviwABBAiAHEQAADQQLIAJBBzYCECACIAJBHGo2AgwgBSAGQeuZwAAgAkEMahBHDQMgA0EIaiEDIAFBAWshASAAQQhrIQAMAAsACyACQRI2AhggAkESNgIQIAIgAzYCDCACIANBCGo2AhQgASgCACABKAIEQYeZwAAgAkEMahBHIQQMAQsgAkESNgIQIAIgAzYCDCABKAIAIAEoAgRB65nAACACQQxqEEchBAsgAkEgaiQAIAQPC0Gm4sAAQQ5BtOLAABD5AgALiQIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhCgASAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALugIBAn8jAEEgayICJAAgAkEEaiABEKcBAkACQAJAAn8gAi0ABEEBRgRAIAIoAggMAQsgAi0ABUEBRgRAIAItAAZBIkcNAiABQQA2AgggASABKAIUQQFqNgIUIAJBEGogAUEMaiABEDsgAigCFCEDIAIoAhBBAkcNAyAAQYCAgIB4NgIAIAAgAzYCBAwECyACQQU2AhAgASACQRBqENIBCyEBIABBgICAgHg2AgAgACABNgIEDAILIAEgAkEfakHA4cAAEEkgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAJBBGogAyACKAIYELMBIAIoAgRBgICAgHhGBEAgAigCCCABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgACACKAIMNgIIIAAgAikCBDcCAAsgAkEgaiQAC4ACAgN/AX4jAEEgayIFJABBASEHQQQhBgJAAkAgBK0gA61+IghCIIinDQAgCKciA0H8////B0sNAAJ/IAFFBEBBACEGIAVBHGoMAQsgBUEENgIcIAEgBGwhBiAFQRhqCyAGNgIAAn8gBSgCHARAIAUoAhgiAUUEQCAFQRBqQQQgAxDXAiAFKAIQIQYgBSgCFAwCCyACIAFBBCADED0hBiADDAELIAVBCGpBBCADENcCIAUoAgghBiAFKAIMCyAGRQRAIABBBDYCBEEIIQYMAgsgACAGNgIEQQAhB0EIIQYhAwwBC0EAIQMLIAAgBmogAzYCACAAIAc2AgAgBUEgaiQAC/oBAQN/IwBBEGsiAiQAIAAoAgAhAAJ/IAEtAAtBGHFFBEAgASgCACAAIAEoAgQoAhARAQAMAQsgAkEANgIMIAEgAkEMagJ/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQEgAEGAEEkEQCACIAM6AA0gAiABQcABcjoADEECDAILIABBDHYhBCABQT9xQYB/ciEBIABB//8DTQRAIAIgAzoADiACIAE6AA0gAiAEQeABcjoADEEDDAILIAIgAzoADyACIAE6AA4gAiAEQT9xQYB/cjoADSACIABBEnZBcHI6AAxBBAwBCyACIAA6AAxBAQsQPAsgAkEQaiQAC6kCAQV/IwBBIGsiAiQAQQEhAwJAIAAoAgAiBC0AAEEBRgRAIAEoAgAiAEHsqMAAQQQgASgCBCIGKAIMIgURAAANASAEQQFqIQQCQCABLQAKQYABcUUEQCAAQeq0wABBASAFEQAADQMgBCABEI4CDQMgASgCACEAIAEoAgQoAgwhBQwBCyAAQeu0wABBAiAFEQAADQIgAkEBOgAPIAIgBjYCBCACIAA2AgAgAkH0tMAANgIUIAIgASkCCDcCGCACIAJBD2o2AgggAiACNgIQIAQgAkEQahCOAg0CIAIoAhBB6LTAAEECIAIoAhQoAgwRAAANAgsgAEHutMAAQQEgBREAACEDDAELIAEoAgBB6KjAAEEEIAEoAgQoAgwRAAAhAwsgAkEgaiQAIAMLhAIBAn8jAEEgayIBJAAgAUEEaiAAEKcBAkAgAS0ABEEBRgRAIAEoAgghAAwBCyABLQAFQQFGBEACQCABLQAGIgJB3QBHBEAgAkEsRg0BIAFBFjYCFCAAIAFBFGoQ0gEhAAwDCyAAIAAoAhRBAWo2AhRBACEADAILIAAgACgCFEEBajYCFCABQQxqIAAQpwECQCABLQAMIgINACABLQANQQFHDQAgAS0ADkHdAEcNACABQRU2AhQgACABQRRqENIBIQAMAgsgAUEWNgIUIAAgAUEUahDSASEAIAJFDQEgASgCEBC3AQwBCyABQQI2AhQgACABQRRqENIBIQALIAFBIGokACAAC/IBAQZ/IAAoAgghBiAAAn9BASABQYABSSIDDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgcQZiAAKAIEIAAoAghqIQICQCADRQRAIAFBP3FBgH9yIQMgAUEGdiEEIAFBgBBJBEAgAiADOgABIAIgBEHAAXI6AAAMAgsgAUEMdiEFIARBP3FBgH9yIQQgAUH//wNNBEAgAiADOgACIAIgBDoAASACIAVB4AFyOgAADAILIAIgAzoAAyACIAQ6AAIgAiAFQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAYgB2o2AghBAAuAAgEDfyMAQSBrIgUkACAFIAQ2AgggBSADNgIEAn8CQCACRQ0AA0AgAkEBTQRAIAEgBkHoAGxqIgJB1ABqKAIAIAJB2ABqKAIAIAMgBBCnAkH/AXENAkEADAMFIAYgAkEBdiIHIAZqIgYgASAGQegAbGoiBkHUAGooAgAgBkHYAGooAgAgAyAEEKcCQf8BcUEBRhshBiACIAdrIQIMAQsACwALIAVBDTYCHCAFIAVBBGo2AhggBUEMakHKhcAAIAVBGGoQWUGrosAAQQ0gBSgCECIBIAUoAhQQ2wEhAiAFKAIMIAEQqANBAQshASAAIAI2AgQgACABNgIAIAVBIGokAAu6AQECfyMAQZAFayIEJAAgACgCACAAQgA3AwBBAXEEQCAEIABBCGpByAL8CgAAQQRBIBDqAiIAQQE6ABwgAEKCgICAEDcCAEEIQaAFEOoCIgMgBEGQBfwKAAAgA0EAOgCYBSADIAI2ApQFIAMgATYCkAUgAEEANgIIIAAgAEEIajYCGCAAQcDIwAA2AhQgAEGUpsAANgIQIAAgAzYCDBCYASAAEIkBIARBkAVqJAAPC0GkpsAAQTEQuAMAC/IBAgN/AX4gACAAKAI4IAJqNgI4AkACQCAAKAI8IgRFBEAMAQsgAUEAQQggBGsiAyACIAIgA0sbEKsBIQYgACAAKQMwIAYgBEEDdK2GhCIGNwMwIAIgA08EQCAAIAApAxggBoU3AxggABC7ASAAQQA2AjwgACAAKQMAIAApAzCFNwMADAELIAIgBGohAQwBCyACIANrIgRBeHEhBQNAIAMgBU9FBEAgACABIANqKQAAIgYgACkDGIU3AxggABC7ASAAIAYgACkDAIU3AwAgA0EIaiEDDAELCyAAIAEgAyAEQQdxIgEQqwE3AzALIAAgATYCPAvuAQELfyMAQRBrIgQkAAJAIAEoAhAiBSABKAIIIglLDQAgAUEUaiIKIAEtABgiA2pBAWshCyABKAIEIQcgASgCDCECIANBBUkhDAJAAkADQCACIAVLDQMgBEEIaiALLQAAIAIgB2ogBSACaxChASAEKAIIQQFHDQEgASACIAQoAgxqQQFqIgI2AgwgAiADSQ0AIAIgA2shCCACIAlLDQAgDEUNAiAHIAhqIAogAxDrAQ0ACyAAIAI2AgggACAINgIEQQEhBgwCCyABIAU2AgwMAQtBACADQQRBuMnAABBlAAsgACAGNgIAIARBEGokAAvgAQECfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGoMAgsgACgCACECQQkhAANAIAAgA2pBBmogAkEPcS0Az+VAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQdqQQkgAGsQSAwBCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQDSxUA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBICyADQRBqJAAL9wEBAn8jAEEwayIDJAACQAJAAkAgAkEBa0H+AEsNACADIAI2AiQgA0EANgIgIAMgAjYCHCADIAE2AhggA0EBOgAsIANBLzYCFCADQS82AiggA0EIaiADQRRqEHcgAygCCEUNACADKAIMRQ0AIAIgAygCEEYNAANAIAJFDQIgAS0AACIEQTBrQf8BcUEKSSAEQV9xQcEAa0H/AXFBGklyRQRAIAMgBEG+0cAAQQQQoQEgAygCAEEBRw0CCyABQQFqIQEgAkEBayECDAALAAsgAEEmNgIIIABBmNHAADYCBCAAQQM6AAAMAQsgAEELOgAACyADQTBqJAAL9gECAn8CfiMAQRBrIgQkAAJAAkACQAJAAkACQAJAIAEoAhQiBSABKAIQSQRAIAEoAgwgBWotAAAiBUEuRg0BIAVBxQBGIAVB5QBGcg0CCyACRQ0CQgEhBgwFCyAEIAEgAiADQQAQYCAEKAIADQIMAwsgBCABIAIgA0EAEFIgBCgCAEUNAiAAIAQoAgQ2AgggAEIDNwMADAQLQgAgA30iB0IAUwRAQgIhBiAHIQMMAwsgA7q9QoCAgICAgICAgH+EIQMMAgsgACAEKAIENgIIIABCAzcDAAwCCyAEKQMIIQMLIAAgAzcDCCAAIAY3AwALIARBEGokAAvZAQECfyMAQRBrIgMkAAJ/AkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQagwCCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQDP5UA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBIDAELIAAoAgAhAkEJIQADQCAAIANqQQZqIAJBD3EtANLFQDoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakEHakEJIABrEEgLIANBEGokAAv+AQECfyMAQYABayIFJAAgBUEMaiIGQQBBzAD8CwAgBSAENgJ8IAUgAzYCeCAFQRg2AnQgBSACNgJwIAVBATYCbCAFQdaawAA2AmggBUEQNgJkIAVBtNDAADYCYCAFQR82AlwgBUHE0MAANgJYIAEgBUHYAGoiAUEFIAZBzAAQPyAAIAUpACQ3ABggACAFKQAcNwAQIAAgBSkAFDcACCAAIAUpAAw3AAAgACAFKQAsNwBAIAAgBSgANDYASCAAIAUpADg3ACAgACAFKQBANwAoIAAgBSkASDcAMCAAIAUpAFA3ADggBSABNgJcIAUgBjYCWCABEKoCIAVBgAFqJAAL0wEBBX9BCiEEIAIhAwJAA0AgA0HnB00EQAJAIANBCUsNAAwDCwUgASAEaiIFQQRrIAMgA0GQzgBuIgNBkM4AbGsiBkH7KGxBE3YiB0EBdC8ByJJBOwAAIAVBAmsgB0Gcf2wgBmpBAXQvAciSQTsAACAEQQRrIQQMAQsLIAEgBEECayIEaiADIANB+yhsQRN2IgNBnH9sakEBdC8ByJJBOwAAC0EAIAIgAxtFBEAgASAEQQFrIgRqIANBMHI6AAALIABBCiAEazYCBCAAIAEgBGo2AgAL6gEBB38jAEEgayIBJAAgAUEYahCNAiIFQeegwABBBhCCAyICEPMBIAFBEGogASgCGCABKAIcENMCAkAgASgCEEEBRwRAIAIhAwwBCyABKAIUIQMgAhCaAwJAIAMQuQMNACADELoDDQAgAUEIaiADQe2gwABBBhCCAyIEEPMBIAEgASgCCCABKAIMENMCIAEoAgQhAiABKAIAIAQQmgNBAUcNAAJAIAIQuQMNACACELoDDQAgAiUBEAEiBEEARyEHIAQNAgsgAhCaAwsLIAMQmgMgBRCaAyAAIAI2AgQgACAHNgIAIAFBIGokAAvOAQICfAJ/IwBBEGsiByQAIAO6IQUgAAJ/AkACQAJAA0AgBCAEQR91IghzIAhrIghBtAJNBEAgCEEDdCsDkOZAIQYgBEEATg0CIAUgBqMhBQwECyAFRAAAAAAAAAAAYQ0DIARBAEgEQCAEQbQCaiEEIAVEoMjrhfPM4X+jIQUMAQsLDAELIAUgBqIiBZlEAAAAAAAA8H9iDQELIAdBDjYCBCAAIAEgB0EEahD4ATYCBEEBDAELIAAgBSAFmiACGzkDCEEACzYCACAHQRBqJAALzwEBBH9B+AAgAWsiBEEAIARB+ABNGyEFIAFBAXQgAGpBIGshBEEAIQACQAJAA0AgAEEIRg0BIAAgAWoiA0EQayIGQfcASw0CIAAgBUcEQCAEQSBqIgMgBC8BACADLwEAIgMgAkEPcXYgA0EAIAJrQQ9xdHJBkSJxcyIDQQJ0QcyZA3EgA0EBdEHu3QNxcyADQQN0QYiRAnFzIANzOwEAIABBAWohACAEQQJqIQQMAQsLIANB+ABB4NrAABDmAQALDwsgBkH4AEHQ2sAAEOYBAAvWAQEEfyMAQRBrIgQkAAJAQYABIAAtAH8iA2siBSACTQRAIABBgAFqIQYgAwRAIAQgASACIAVBrMrAABCWAiAEKAIMIQIgBCgCCCEBIAQoAgQiBQRAIAAgA2ogBCgCACAF/AoAAAsgBiAAQQEQrAIgAEEAOgB/CyACQQd2IgMEQCAGIAEgAxCsAgsgACACQf8AcSIDOgB/IANFDQEgACABIAJBgP///wdxaiAD/AoAAAwBCyACBEAgACADaiABIAL8CgAACyAAIAIgA2o6AH8LIARBEGokAAvFAQECfyAAQYABTwRAIAFBBBBmIAEoAggiAyABKAIEaiECIAECfyAAQYAQSQRAIAIgAEEGdkHAAXI6AABBAgwBCyAAQf//A00EQCACIABBDHZB4AFyOgAAIAIgAEEGdkE/cUGAAXI6AAFBAwwBCyACIABBEnZB8AFyOgAAIAIgAEEGdkE/cUGAAXI6AAIgAiAAQQx2QT9xQYABcjoAAUEECyIBIANqNgIIIAEgAmpBAWsgAEE/cUGAAXI6AAAPCyABIAAQsQILxAECBH4EfyMAQSBrIgYkACAGIAFBrwJqIgdBHG4iCEEEdCIJKQOQj0EiBSAHIAhBHGxrQQN0KQOojUEiBBCvASAGQRBqIAkpA4iPQSICIAQQrwEgBikDGCACIAR+IgMgBikDCHwiAiADVK18IgNCAFkEQCADQgGGIAJCP4iEIQMgAkIBhiAEIAV+Qj+IhCECCyAAIAM3AwAgACACIAFBpQJqIgBBA3ZB/P///wFxKAL4kUEgAHZBAXGtfTcDCCAGQSBqJAAL0gEBB38jAEEQayICJAAgACgCBCIGIAAoAggiAWohBCAAKAIAIAFrIgVB8P///wdxIQcCQCAFQQR2IgFFDQAgAUEEdCEDIAQhAQNAIANFDQEgAkIANwMIIAJCADcDACABIAIpAwg3AAggASACKQMANwAAIANBEGshAyABQRBqIQEMAAsACyAEIAdqIQMgBUEPcSEBA0AgAQRAIANBADoAACABQQFrIQEgA0EBaiEDDAELCyACIAQ2AgQgAiAGNgIAIAIQqgIgAEEANgIIIAJBEGokAAvSAQEFfyMAQRBrIgQkAAJAIAIoAgBBAUYEQCACKAIEIQMgAigCCCEFAkADQCADRQ0BIARBCGogASADIAUQ1gJBACEDIAQoAggiBkUNAAsgBCgCDCEDIAJBADYCBAwCCyACQgA3AgALAkAgAigCDCIDRQ0AIAIoAhAhBwNAIAMgB0YNASACIANBMGoiBTYCDCAEIAEgAyADQShqKAIAENYCIAUhAyAEKAIAIgZFDQALIAQoAgQhAwwBC0EAIQYLIAAgAzYCBCAAIAY2AgAgBEEQaiQAC9UBAQN/IwBBIGsiAiQAIAJBCGogASgCCCIEIAEoAgAgASgCBCIDQfiDwQAQqQICQCACKAIMQQNNBEAgASADNgIIIAJBBDYCFCAAIAEgAkEUahDuAQwBCyACKAIIIQMgASAEQQRqNgIIIAMtAANBAXQuAbz5QCADLQACQQF0LgG8/UAgAy0AAUEBdC8BvPlAIAMtAABBAXQvAbz9QHLBQQh0cnIiA0EASARAIAJBDDYCFCAAIAEgAkEUahDuAQwBCyAAQQA7AQAgACADOwECCyACQSBqJAAL4AECA38BfiMAQSBrIgMkACADQQhqIABB6JrAABC5AgJAIAMoAggiACgCAARAIAAoAgxBAkcNASADKAIMIQQgACkCACEGIABBADYCACADIAAoAgg2AhggAyAGNwMQIANBEGoQ7AIgACgCDCAAQRBqIgUoAgAQmwMgBSACNgIAIAAgATYCDCAAKAIUIQEgAEEANgIUIAAoAhghACAEIAQoAgBBAWo2AgAgAQRAIAAgASgCBBECAAsgA0EgaiQADwtB+JrAAEHBAEGYm8AAEIwCAAtBqJvAAEE7QcibwAAQjAIAC90BAgN/AX4jAEEQayIDJAACQAJAAkBBASABKAIAIgJBAmsgAkEBTRtBAWsOAgIBAAsgASkCACEFIAFBBDYCACAFQiCIpyECIAWnIgRBAkYEQCADQQhqIAIRAgAgAygCCCECIAEgAygCDDYCBCABIAI2AgAgAkECSQ0CQbbHwABBKEHgx8AAEPkCAAsgBEEBTQRAIAQgAhCkAwtBtsfAAEEoQfDHwAAQ+QIACxCwAwALIAJBAUcEf0EABSABKAIEEMsCIQFBAQshAiAAIAE2AgQgACACNgIAIANBEGokAAu9AwIJfwFvIwBBEGsiBiQAIAZBCGpBxJTBACgCACIHQQhqQYDJwAAQuQIgBigCDCEIIAYoAggiASgCDCIDIAEoAgAiAkYEQCABKAIAIQMjAEEQayICJAAgAkEIaiABIAEoAgBBAUEEEJYBIAIoAggiBEGBgICAeEcEQCACKAIMGiAEEPICAAsgAkEQaiQAAkAgASgCCCIEIAMgASgCDCIFa00NACADIARrIgIgBSACayIFSyABKAIAIgkgA2sgBU9xRQRAIAkgAmshAyACQQJ0IgIEQCABKAIEIgUgA0ECdGogBSAEQQJ0aiAC/AoAAAsgASADNgIIDAELIAVBAnQiAkUNACABKAIEIgQgA0ECdGogBCAC/AoAAAsgASgCACECIAEoAgwhAwsgASADQQFqNgIMIAEoAgQgASgCCCADaiIBIAJBACABIAJPG2tBAnRqIAA2AgAgCCAIKAIAQQFqNgIAIActABwhACAHQQE6ABwCQCAADQBB0JTBAC0AAEUEQEHIlMEAKAIAJQFBzJTBACgCACUBECQhChBhIgAgCiYBIAAQmgMMAQtBzJTBACgCACUBECULIAZBEGokAAvPAQEFf0EEIQcjAEEQayIFJAACQAJAAkAgASgCACIEIAJPBEACfyAERQRAIAVBDGohBkEADAELIAVBBDYCDCABKAIEIQggBUEIaiEGIAMgBGwLIQQgBiAENgIAIAUoAgwiBEUNAiAFKAIIIQYgAkUEQCAIIAYQhQMMAgsgCCAGIAQgAiADbCIDED0iBw0BDAMLQeOMwQBByQBBiI3BABCMAgALIAEgAjYCACABIAc2AgQLQYGAgIB4IQQLIAAgAzYCBCAAIAQ2AgAgBUEQaiQAC/IBAgZ/AW8jAEEQayIDJABBBEEoEOoCIgJBADYCICACQQI2AhggAkIANwIIIAJCgoCAgBA3AgBBBEEEEOoCIgEgAjYCACABQfycwAAQgQMhBCACIAIoAgBBAWoiATYCACABRQRAAAtBBEEEEOoCIgEgAjYCACABQeicwAAQgQMiBiEBIAAlASAEJQEgASUBEAAhBxBhIgEgByYBIAEQmgMgA0EIaiACQQhqQdiawAAQuQIgAygCDCEFIAMoAggiARDsAiABIAY2AgggASAENgIEIAFBATYCACAFIAUoAgBBAWo2AgAgABCaAyADQRBqJAAgAgu6AQAgACABQrvxtjR+QiiIQvCx//8PfiABfCIBQvsofkITiEL/gICA8A+DQpz/A34gAXwiAULnAH5CCohCj4C8gPCBwAeDQvYBfiABfCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgE3AwAgAEHGACABQgGGQgGEeadrQQN2NgIIC8UBAQR/IwBBIGsiACQAIABBGGpBpJTBABCIAUEBIQICfyAAKAIYQQFGBEAgACgCHAwBCyAAQRBqQbSUwQAQiAEgACgCECECIAAoAhQLIQFBASEDIAJBAUcEQCAAQQhqQZyUwQAQiAEgACgCCCEDIAAoAgwhAQtBASECIANBAUcEQCAAQayUwQAQiAEgACgCACECIAAoAgQhAQtBgAghAwJAIAJBAUcNACABELkDRQRAIAEhAwwBCyABEJoDCyAAQSBqJAAgAwvGAQEBfyMAQRBrIgskACAAKAIAIAEgAiAAKAIEKAIMEQAAIQEgC0EAOgANIAsgAToADCALIAA2AgggC0EIaiADIAQgBSAGEGcgByAIIAkgChBnIQEgCy0ADSICIAstAAwiA3IhAAJAIANBAXEgAkEBR3INACABKAIAIgAtAApBgAFxRQRAIAAoAgBB8LTAAEECIAAoAgQoAgwRAAAhAAwBCyAAKAIAQaTKwABBASAAKAIEKAIMEQAAIQALIAtBEGokACAAQQFxC6oBAQJ/IwBBIGsiBiQAIAZBCGogAiAFakEgakEBQQEQ4wEgBkEANgIcIAYgBikDCDcCFCAGQRRqIgdB8ZnAAEEOEJcCIAcgASACEJcCIAYoAhwiASAGKAIURgRAIAcQwAELIAYoAhggAWpBADoAACAGIAFBAWo2AhwgBkEUaiIBIANBEBCXAiABIAQgBRCXAiAAIAYoAhw2AgggACAGKQIUNwIAIAZBIGokAAueAQECfyMAQSBrIgEkACABQQxqIAAQpwECfyABLQAMQQFGBEAgASgCEAwBCyABLQANQQFGBEACQCABLQAOIgJB/QBHBEAgAkEsRg0BIAFBFjYCFCAAIAFBFGoQ0gEMAwsgACAAKAIUQQFqNgIUQQAMAgsgAUEVNgIUIAAgAUEUahDSAQwBCyABQQM2AhQgACABQRRqENIBCyABQSBqJAALtwECA38BbyMAQeACayIFJAAgACAAKAIAQQFqIgY2AgAgBgRAIAVBCGogAkEBQQEQ4wEgBSgCDCEGIAUoAgghByACBEAgBiABIAL8CgAACyAFIAQ6ANkCIAVBADoA2AIgBSACNgLUAiAFIAY2AtACIAUgBzYCzAIgBSAANgLIAiAFIAM2AsACIAVCATcDECAFQRBqIgBB8KXAABACIQgQYSIBIAgmASAAEPgCIAVB4AJqJAAgAQ8LAAu0AQEFfyMAQRBrIgMkACADQQhqIAFBCGpB2KbAABC5AiADKAIIIgEoAgwhBCADKAIMIQUgAUECNgIMAkAgBEECRwRAIAEoAhAhAQwBCyADIAIoAgQgAigCACgCABEDACADKAIEIQIgAygCACEGIAEoAhQiBwRAIAEoAhggBygCDBECAAsgASACNgIYIAEgBjYCFAsgBSAFKAIAQQFqNgIAIAAgATYCBCAAIAQ2AgAgA0EQaiQAC4wBAQN/IwBBEGsiAyQAQQMhAiAAQf8BcSIEQQpPBEBBASECIAMgACAEQeQAbiIAQeQAbGtB/wFxQQF0LwHIkkE7AA4LQQAgBCAAQf8BcSIAG0UEQCACQQFrIgIgA0ENamogAEEBdC0AyZJBOgAACyABQQFBAUEAIANBDWogAmpBAyACaxBIIANBEGokAAuiAQEDfyAAQYABTwRAIABBP3FBgH9yIQMgAEEGdiECIABBgBBJBEAgASADOgABIAEgAkHAAXI6AAAPCyAAQQx2IQQgAkE/cUGAf3IhAiAAQf//A00EQCABIAM6AAIgASACOgABIAEgBEHgAXI6AAAPCyABIAM6AAMgASACOgACIAEgBEE/cUGAf3I6AAEgASAAQRJ2QXByOgAADwsgASAAOgAAC6ABAgF/AX4jAEEQayIFJAAgAAJ/AkACQAJAIAStIAGtfiIGQiCIpw0AIAanIgRBgICAgHggA2tLDQAgBA0BIAAgAzYCCCAAQQA2AgRBAAwDCyAAQQA2AgQMAQsgBUEIaiADIAQgAhDeASAFKAIIIgIEQCAAIAI2AgggACABNgIEQQAMAgsgACAENgIIIAAgAzYCBAtBAQs2AgAgBUEQaiQAC5oBAQF/IwBBEGsiBSQAAn9BACADIAIgA2oiAksNABogBUEEaiABKAIAIgMgASgCBEEEIAIgA0EBdCIDIAIgA0sbIgIgAkEETRsiAyAEEG8gBSgCBEEBRgRAIAUoAgwhAiAFKAIIDAELIAUoAgghAiABIAM2AgAgASACNgIEQYGAgIB4CyEDIAAgAjYCBCAAIAM2AgAgBUEQaiQAC5oBAQF/IwBBEGsiAiQAIAJBCGogARCnASAAAn8CQCACLQAIQQFGBEAgAigCDCEBDAELAkAgAi0ACUEBRgRAIAItAApB7gBGDQELIAIgARBRIAIoAgAgACACKAIENgIEQQFqDAILIAEgASgCFEEBajYCFCABQfjJwABBAxCaASIBDQBBAAwBCyAAIAE2AgRBAgs2AgAgAkEQaiQAC/IBAgJ/AX4jAEEQayIAJAACQAJAAkBBAUHQlMEALQAAIgFBAmsgAUEBTRtB/wFxQQFrDgICAQALQcyUwQApAgAhAkHQlMEAQQQ6AAAgACACNwMIIABBxJTBACkCADcDACAALQAMQQJGBEAgACAAKAIAEQIAQcyUwQAgACkCCDcCAEHElMEAIAApAgA3AgBB0JTBAC0AAEECSQ0CQbbHwABBKEHgx8AAEPkCAAsgAC0ADEEBTQRAIAAoAgAQ5wIgACgCBBCaAyAAKAIIIgAQyQMgABCaAwtBtsfAAEEoQfDHwAAQ+QIACxCwAwALIABBEGokAAulAQEEfyMAQRBrIgMkACADQQA2AgwgA0KAgICAEDcCBCADQQRqQSAQZkGAgMQAIQIDQAJAAkAgAkGAgMQARwRAQYCAxAAhBQwBCyAEQRBGDQEgASAEaiAEQQFqIQQtAAAiAkEPcS0Az+VAIQUgAkEEdi0Az+VAIQILIANBBGogAhDaASAFIQIMAQsLIAAgAygCDDYCCCAAIAMpAgQ3AgAgA0EQaiQAC4wBAQF/IwBBIGsiAyQAAn8CQAJAA0BBACACRQ0DGiADQQxqIAAQ+wEgAy0ADA0CIAMtAA1BAUcNASADLQAOIAEtAABGBEAgAUEBaiEBIAJBAWshAgwBCwsgA0EJNgIUIAAgA0EUahD4AQwCCyADQQU2AhQgACADQRRqEPgBDAELIAMoAhALIANBIGokAAuNAQEEfyMAQRBrIgMkACADEP4BIAEoAhAiBSABKAIMaiIEQf+B/AdxQQh4IARBGHhB/4H8B3FyIQQDQCACQRBGRQRAIAIgA2ogAkEMRwR/IAEgAmooAgAFIAQLNgAAIAJBBGohAgwBCwsgACADKQAINwAIIAAgAykAADcAACABIAVBAWo2AhAgA0EQaiQAC5ABAQN/IwBBIGsiBCQAIARBFGogAiADEEIgAAJ/IAQoAhRBAUYEQCAEKAIYIQYgBEEIaiABEIICIAQoAgwhBSAEKAIIIQEQmwIiAiABNgIMIAJBDzYCACACIAUgBiADa2oiA0EAIAMgBU0bNgIQQQAMAQsgBCgCHCECIAQoAhgLNgIAIAAgAjYCBCAEQSBqJAALoQEBA38jAEEQayIBJAACfyAALQAAIgJBAksEQEHencAAIQJBCQwBCyACQQJ0IgMoAqinQCECIAMoApynQAshAyABQQA2AgggAUKAgICAEDcCACAAIAFB0KTAABBOBEBBsNvAAEE3IAFBD2pB6KTAAEHo28AAENABAAsgASgCACACIAMgASgCBCICIAEoAggQ2wEhAyACEKgDIAFBEGokACADC40BAQR/IwBBEGsiAiQAAn9BASABKAIAIgNBJyABKAIEIgUoAhAiAREBAA0AGiACIAAoAgBBgQIQOQJAIAItAA0iAEGBAU8EQCADIAIoAgAgAREBAEUNAUEBDAILIAMgAiACLQAMIgRqIAAgBGsgBSgCDBEAAEUNAEEBDAELIANBJyABEQEACyACQRBqJAALjgEBAX8jAEEQayIFJAACQCAAIAEgAhC6ASICDQAgBUEIaiIBIAAoAgAiACgCABCdAyABEN0CIgINACAAKAIAIQACfyADQQFGBEAgBCAAEPcBDAELIABBuPnAAEEEEJcCIAVBBDoACCAFQQhqEN0CCyICDQAgBUEEOgAIIAVBCGoQ3QIhAgsgBUEQaiQAIAILhgEBA38jAEEQayIDJAAgAiABIAJqIgFLBEBBABDyAgALIANBBGogACgCACICIAAoAgRBCCABIAJBAXQiAiABIAJLGyIBIAFBCE0bIgEQtAEgAygCBEEBRgRAIAMoAgggAygCDCEFEPICAAsgAygCCCECIAAgATYCACAAIAI2AgQgA0EQaiQAC54DAQd/IwBBEGsiCCQAAkAgA0EHTQRAIAFB/wFxIQVBACEBA0AgASADRgRAIAMhAQwDCyAFIAEgAmotAABGBEBBASEEDAMFIAFBAWohAQwBCwALAAsgCEEIaiEJAkACQAJAIAIgAkEDakF8cSIERwRAIAQgAmshBUEAIQQgAUH/AXEhB0EBIQYDQCACIARqLQAAIAdGDQQgBSAEQQFqIgRHDQALIAUgA0EIayIGSw0CDAELIANBCGshBgsgAUH/AXFBgYKECGwhBANAQYCChAggAiAFaiIHKAIAIARzIgprIApyQYCChAggB0EEaigCACAEcyIHayAHcnFBgIGChHhxQYCBgoR4Rw0BIAVBCGoiBSAGTQ0ACwsCQCADIAVGDQAgAyAFayEDIAIgBWohAkEAIQQgAUH/AXEhAQNAIAEgAiAEai0AAEcEQCAEQQFqIgQgA0cNAQwCCwsgBCAFaiEEQQEhBgwBC0EAIQYLIAkgBDYCBCAJIAY2AgAgCCgCDCEBIAgoAgghBAsgACAENgIAIAAgATYCBCAIQRBqJAALfgEBfyMAQSBrIgEkACABQQxqIAAQpwECfyABLQAMQQFGBEAgASgCEAwBCyABLQANQQFGBEAgAS0ADkE6RgRAIAAgACgCFEEBajYCFEEADAILIAFBBjYCFCAAIAFBFGoQ0gEMAQsgAUEDNgIUIAAgAUEUahDSAQsgAUEgaiQAC4IBAgF/AX4CQAJAIAGtIAOtfiIFQiCIpw0AIAIgBaciAWpBAWsiBCABSQ0AIANBCGoiAyAEQQAgAmtxIgRqIgEgA0kNAUGAgICAeCACayABTwRAIAAgBDYCCCAAIAE2AgQgACACNgIADwsgAEEANgIADwsgAEEANgIADwsgAEEANgIAC54BAQF/IwBBEGsiAiQAIAJBBGogARBbAkAgAi0ABEEBRgRAIAAgAigCCDYCBCAAQYGAgIB4NgIADAELIAItAAVFBEAgAEGAgICAeDYCAAwBCyACQQRqIAEoAgAQbiACKAIEQYCAgIB4RwRAIAAgAigCDDYCCCAAIAIpAgQ3AgAMAQsgACACKAIINgIEIABBgYCAgHg2AgALIAJBEGokAAuOAQEBfyMAQRBrIgIkACACQQhqIAEQWwJAIAItAAhBAUYEQCAAIAIoAgw2AgQgAEEDNgIADAELIAItAAlFBEAgAEECNgIADAELIAJBCGogASgCABCXASACKAIIIgFBAkcEQCAAIAIoAgw2AgQgACABNgIADAELIAAgAigCDDYCBCAAQQM2AgALIAJBEGokAAt9AAJAIAMgBEsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIARFDQAgAiAETQRAIAIgBEYNAQwCCyABIARqLAAAQb9/TA0BCyAAIAQgA2s2AgQgACABIANqNgIADwsgASACIAMgBCAFEJ8DAAt/AQZ/IAEoAhQiAiABKAIQIgMgAiADSxshBSABKAIMIQYDQCACIANJBEAgAiAGai0AACEECwJAIAIgBUYNACAEQQlrIgdBF0tBASAHdEGTgIAEcUVyDQAgASACQQFqIgI2AhQMAQsLIAAgBDoAAiAAQQA6AAAgACACIANJOgABC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABBl5zAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQRqNgIADwsgAEEbNgIIIABByIzBADYCBCAAQQA2AgAPCwALigEBAX8jAEEQayICJAAgAkEIaiABEFsCQCACLQAIQQFGBEAgACACKAIMNgIEIABBAjYCAAwBCyACLQAJRQRAIABBADYCAAwBCyACIAEoAgAQUSACKAIEIQEgAigCAEEBcUUEQCAAIAE2AgQgAEEBNgIADAELIABBAjYCACAAIAE2AgQLIAJBEGokAAuWAQECfyMAQTBrIgIkACACQQhqIAEQWwJAIAItAAhBAUYEQCAAQYGAgIB4NgIYIAAgAigCDDYCAAwBCyACLQAJRQRAIABBgICAgHg2AhgMAQsgAkEIaiIDIAEoAgAQNyACKAIgQYCAgIB4RwRAIAAgA0Eo/AoAAAwBCyAAQYGAgIB4NgIYIAAgAigCCDYCAAsgAkEwaiQAC3ACAX8BfkEEIQMCfiACQQRJBEBBACEDQgAMAQsgACABajUAAAshBCACIANBAXJLBEAgACABaiADajMAACADQQN0rYYgBIQhBCADQQJyIQMLIAIgA0sEfiAAIAEgA2pqMQAAIANBA3SthiAEhAUgBAsLkAEBA38jAEEQayEBQSAhAgNAIAJBkAJGRQRAIAFCADcDACAAIAJqIgMgASkDADcAACABQgA3AwggAyABKQMINwAIIAJBEGohAgwBCwsgAUIANwMAIAAgASkDADcAACABQgA3AwggACABKQMINwAIIAFCADcDACAAIAEpAwA3ABAgAUIANwMIIAAgASkDCDcAGAuGAQEBfwJAIAFBwQBrQf8BcUEGTwRAIAFB4QBrQf8BcUEGSQ0BIAFBMGsiA0H/AXFBCk8EQCAAIAI2AgQgACABQf8BcTYCAA8LIABBgoDEADYCACAAIAM6AAQPCyAAQYKAxAA2AgAgACABQTdrOgAEDwsgAEGCgMQANgIAIAAgAUHXAGs6AAQLfwECfyABQQ9qIQIgACABQQF0aiEAQRAhAQJAAkADQCABRQ0BIAJBCGsiA0H3AEsNAiACQfgASQRAIAAgAWoiA0EOaiADQQJrLwEAOwEAIAFBAmshASACQQFrIQIMAQsLIAJB+ABBwNrAABDmAQALDwsgA0H4AEGw2sAAEOYBAAtiAQR+IAAgAkL/////D4MiAyABQv////8PgyIEfiIFIAQgAkIgiCICfiIEIAMgAUIgiCIGfnwiAUIghnwiAzcDACAAIAMgBVStIAIgBn4gASAEVK1CIIYgAUIgiIR8fDcDCAsDAAALkAECAn8BfiMAQcAHayIDJAADQCACQcAHRkUEQCACIANqIAEzAQAiBEKAoICAgAJ+IARCgYCACH6EQo+AvIDwgcAHgyIEQogEfkKQoMCAgYKEiBCDIARCwQB+QoGChIiQoMCAAYOEQg9+NwMAIAJBCGohAiABQQJqIQEMAQsLIAAgA0HAB/wKAAAgA0HAB2okAAt1AQJ/IAEgAqdxIQNBCCEEA38gACADaikAAEKAgYKEiJCgwIB/gyICUAR/IAMgBGogAXEhAyAEQQhqIQQMAQUgACADIAJ6p0EDdmogAXEiA2osAABBAE4EfyAAKQMAQoCBgoSIkKDAgH+DeqdBA3YFIAMLCwsLeQECfyMAQRBrIgMkAAJAAkAgAgRAIANBCGpBASACEPcCIAMoAggiBA0BQQEQ8gIACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAQQA2AgggACAENgIEIAAgAjYCACACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtjAQF/An8gA0EASARAQQEhAUEEDAELAn8CfyABBEAgAiABQQEgAxA9DAELIAMQLwsiBEUEQCAAQQE2AgRBAQwBCyAAIAQ2AgRBAAshASADIQRBCAsgAGogBDYCACAAIAE2AgALpgECBH8Bb0EgEPQCIgFCADcCFCABQoCAgIDAADcCDCABQgE3AgQgAUEAOgAcEI0CIgIlARAbIQUQYSIDIAUmASADJQEQHCEEIAMQmgMgAhCaA0GACCUBEB0hBRBhIgMgBSYBIAFBAjYCAEEEEPQCIgIgATYCACACQfDGwAAQgQMhAiAAIARBAEc6AAwgACACNgIIIAAgAzYCBCAAIAE2AgBBgAgQmgMLAwAAC3wBBn8CQAJAAkAgACgCAA4CAAECCyAAKAIIIgFFDQEgACgCBCABEIUDDAELIAAtAARBA0cNACAAKAIIIgEoAgQiAygCACICBEAgASgCACACEQIACyADKAIEIgIEQCABKAIAIAMoAgghBiACEIUDCyABQQwQ0QELIAAQwQMLegEFfwJAAkACQCAAKAIADgIAAQILIAAoAgQgAEEIaigCABCFAwwBCyAALQAEQQNHDQAgACgCCCIBKAIEIgMoAgAiAgRAIAEoAgAgAhECAAsgAygCBCICBEAgASgCACADKAIIIQUgAhDRAQsgAUEMENEBCyAAQRQQ0QELbAEDfyMAQSBrIgMkACAAIAEgAkEEdhBrIAJBD3EiBARAIANBEGoiBRD+ASADQQhqIAUgBEG8ysAAEIkCIAMoAgggAygCDCABIAJB8P///wdxaiAEQczKwAAQugIgACAFQQEQawsgA0EgaiQAC3QBBH8jAEEQayIDJAAgACgCACEFIAAtAARBAUcEQCAFKAIAQafKwABBARCXAgsgA0EEOgAIAkAgA0EIaiIGEN0CIgQNACAAQQI6AAQgBSgCACABIAIQpgIiBA0AIANBBDoACCAGEN0CIQQLIANBEGokACAEC2YBBX4gACAAKQMYIgFCEIkgASAAKQMIfCIBhSICIAApAxAiAyAAKQMAfCIEQiCJfCIFNwMAIAAgAkIViSAFhTcDGCAAIAEgA0INiSAEhSICfCIBIAJCEYmFNwMQIAAgAUIgiTcDCAuEAQICfwFvIwBBEGsiBCQAEKEDIgUlASACIAMQBCABJQEgBSUBEAUhBhBhIgEgBiYBIAEhAyAEQQhqEMYCQQAhAiAEKAIIQQFGBEAgBCgCDEGUocAAQQdBpqTAAEEjENsBIQMQmgNBASECCyAFEJoDIAAgAzYCBCAAIAI2AgAgBEEQaiQAC14BAn8gAAJ/IAFCyABaBEAgAadBOGsiAiACQZCAAW4iAkGQgAFsayIDQRBJBEAgAEEAOgAEQQEMAgsgACADrSACQQ50rXxCEH03AwhBAAwBCyAAQQA6AARBAQs2AgALfQMBfwF+AXwjAEEQayIDJAACQAJAAkACQCAAKAIAQQFrDgIBAgALIAArAwghBSADQQM6AAAgAyAFOQMIDAILIAApAwghBCADQQE6AAAgAyAENwMIDAELIAApAwghBCADQQI6AAAgAyAENwMICyADIAEgAhDMASADQRBqJAALewECfyMAQRBrIgMkAEGAlcEAQYCVwQAoAgAiBEEBajYCAAJAIARBAEgNAAJAQeSUwQAtAABFBEBB4JTBAEHglMEAKAIAQQFqNgIAQfyUwQAoAgBBAE4NAQwCCyADQQhqIAAgAREDAAALQeSUwQBBADoAACACRQ0AAAsAC2kBBX8jAEEQayIBJAAgAUEEaiAAKAIAIgIgACgCBEEIIAJBAXQiAiACQQhNGyICELQBIAEoAgRBAUYEQCABKAIIIAEoAgwhBRDyAgALIAEoAgghAyAAIAI2AgAgACADNgIEIAFBEGokAAteAQF/IwBBEGsiBCQAAn8gAEUEQEEAIQAgBEEMagwBCyAEIAI2AgwgACADbCEAIARBCGoLIAA2AgACQCAEKAIMIgBFDQAgBCgCCCICRQ0AIAEgAhDRAQsgBEEQaiQAC2QBAX8jAEEQayIDJAAgAQRAIANBCGogASACKAIQEQMAIAMoAgwhASAAIAMoAggiAjYCCCAAIAFBACACQQFxIgIbNgIEIABBACABIAIbNgIAIANBEGokAA8LQYTHwABBMhC4AwALVwECfwNAIAJBEEZFBEAgACACaiIBIAEvAQAiASABIAFBAnZzQaAmcSIBQQJ0cyABcyIBIAEgAUEBdnNB0KABcSIBQQF0cyABczsBACACQQJqIQIMAQsLCwMAAAtpAQF/IwBBEGsiBCQAIAQgAkEQEMgBIAQgA0EYeEH/gfwHcSADQf+B/AdxQQh4cjYCDCAEIARBDGpBBBCXAiAAQdzKwABBBiABIAQoAgQiACAEKAIIEI8BIAQoAgAgABCoAyAEQRBqJAALYQECfyMAQRBrIgQkAAJAIAAgAUEEELoBIgENACAEQQhqIgUgACgCACIAKAIAELYDIAUQ3QIiAQ0AIAAoAgAgAiADEKYCIgENACAEQQQ6AAggBRDdAiEBCyAEQRBqJAAgAQthAQF/IwBBEGsiBSQAAkAgACABIAIQugEiAg0AIAVBCGoiASAAKAIAIgAoAgAQnQMgARDdAiICDQAgACgCACADIAQQpgIiAg0AIAVBBDoACCABEN0CIQILIAVBEGokACACC2ABA38jAEEQayIDJAAgA0EIaiACQQFBARDjASADKAIIIQUgAygCDCEEIABBADYCCCAAIAQ2AgQgACAFNgIAIAIEQCACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAsDAAALAwAACwMAAAsQACAAIAEgAkGshcAAEMwDCxAAIAAgASACQY2FwAAQzAMLWAECfyMAQRBrIgQkAAJ/IABFBEBBACEAIARBDGoMAQsgBCACNgIMIAAgA2whACAEQQhqCyAANgIAIAQoAgwiAARAIAQoAgghBSABIAUQhQMLIARBEGokAAtfAQR/IAEoAgAiAyABKAIIIgJLBEAgASgCBCEEAkAgAkUEQEEBIQUgBCADEIUDDAELIAQgA0EBIAIQPSIFDQBBARDyAgALIAEgBTYCBAsgACACNgIEIAAgASgCBDYCAAtcAQF/IwBBIGsiBSQAIAUgATYCBCAFIAA2AgAgBSADNgIMIAUgAjYCCCAFIAVBCGqtQoCAgICgAYQ3AxggBSAFrUKAgICAsAGENwMQQZaHwAAgBUEQaiAEEIwCAAtdAQJ/AkAgAEEEaygCACICQXhxIgNBBEEIIAJBA3EiAhsgAWpPBEAgAkEAIAMgAUEnaksbDQEgABBBDwtByIvBAEEuQfiLwQAQ+QIAC0GIjMEAQS5BuIzBABD5AgALYgICfwF+IwBBEGsiAiQAIAJBCGogACgCDCAAKAIQIgMgACgCFEEBaiIAIAMgACADSRsQUyACKQMIIQQQmwIiACAENwIMIAAgASgCCDYCCCAAIAEpAgA3AgAgAkEQaiQAIAALXQEBfyMAQRBrIgQkACABBEAgBEEIaiABIAMgAigCEBEEACAEKAIMIQEgACAEKAIIIgI2AgQgACABQQAgAkEBcRs2AgAgBEEQaiQADwsgAxCaA0GEx8AAQTIQuAMAC2oBAX8CQAJAAkACQAJAAkAgAC0AFEEBaw4DAQIBAAsgAEEIaigCAEH/////B08NAyAAKAIMDQILDwsgAEEDOgAUDwsgACAAKAIAQQFqIgE2AgAgAUUNASAAQQE6ABQAC0GwyMAAELACCwALWwEDfyMAQRBrIgIkACACEIMCA0AgA0EQRkUEQCACIANqIgQgASkACDcACCAEIAEpAAA3AAAgA0EQaiEDDAELCyAAIAIpAAg3AAggACACKQAANwAAIAJBEGokAAtSAQJ/IAAoAgghAiAAAn9BASABQYABSQ0AGkECIAFBgBBJDQAaQQNBBCABQYCABEkbCyIDEGYgASAAKAIEIAAoAghqEJQBIAAgAiADajYCCEEAC3ABAX8CQCAAQYQITwRAIADQbyYBQdiYwQAoAgANASAAQeiYwQAoAgAiAUkNASAAIAFrIgBB4JjBACgCAE8NAUHYlMEAKAIAIABBAnRqQeSYwQAoAgA2AgBB5JjBACAANgIAQdiYwQBBADYCAAsPCwALWgEBfyMAQRBrIgIkACAAAn8gASgCAEGAgICAeEYEQCABKAIEIQFBAQwBCyACQQhqIAEQhAIgAigCCCEBIAAgAigCDDYCCEEACzYCACAAIAE2AgQgAkEQaiQAC1wBAX8jAEEgayIEJAAgBCABNgIEIAQgADYCACAEIAM2AgwgBCACNgIIIARBETYCHCAEQRI2AhQgBCAEQQhqNgIYIAQgBDYCEEHOhMAAIARBEGoQ6AEgBEEgaiQAC1ABAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQZiABIAAoAgQgACgCCGoQlAEgACACIANqNgIIC3ECAn8BbyMAQRBrIgQkACACIAMQBiEGEGEiAiAGJgEgAkHJpMAAQQQQggMhBSAAIAEQggMhACACJQEgBSUBIAAlARAHGiAEQQhqEMYCIAQoAghBAUYEQCAEKAIMEJoDCyAAEJoDIAUQmgMgBEEQaiQAC1sBAX8jAEEgayICJAAgAkHA2MAANgIMIAIgATYCCCACIAA2AgQgAkEPNgIcIAJBEDYCFCACIAJBCGo2AhggAiACQQRqNgIQQe6EwAAgAkEQahDoASACQSBqJAALWAEDfyMAQdAAayIBJAADQCACQcAARkUEQCABQUBrEP4BIAEgAmoiAyABKQBINwAIIAMgASkAQDcAACACQRBqIQIMAQsLIAAgAUHAAPwKAAAgAUHQAGokAAtUAAJAIAJFDQAgA0UEQCACIAEQ6wIhAQwBCyACEC8iAUUEQEEAIQEMAQsgAUEEay0AAEEDcUUgAkVyDQAgAUEAIAL8CwALIAAgAjYCBCAAIAE2AgALTgEBfyMAQSBrIgQkACAEIAMgARCvASAEQRBqIAMgAhCvASAAIAQpAxgiASAEKQMAfCICNwMIIAAgBCkDCCABIAJWrXw3AwAgBEEgaiQAC28AAkACQAJAAkAgAC0A6AFBA2sOAgABAwsgACgC8AEQ4wIMAQsgACgC+AEQ4wIgACgC9AEQmgMgACgC8AEQmgMLIAAoAuQBEJoDIAAoAuABEJoDIABBlAFqEK4CIAAoAogBIABBjAFqKAIAEKgDCwtVAQF/AkACQCAAKAIAIAAoAggiA2sgAkkEQCAAIAMgAhCgASAAKAIIIQMMAQsgAkUNAQsgAkUNACAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCEEAC04AAkAgA0UNAAJAIAIgA00EQCACIANHDQEMAgsgASADaiwAAEG/f0oNAQsgASACIAMgAiAEEJ8DAAsgACACIANrNgIEIAAgASADajYCAAtUAQJ/IwBBEGsiBCQAIARBBGogAUEAIAIgAxCVASAEKAIIIQEgBCgCBEEBRgRAIAQoAgwhBSABEPICAAsgACAEKAIMNgIEIAAgATYCACAEQRBqJAALUgECfyMAQSBrIQEDQCACQSBGRQRAIAEgAmpBADoAACACQQFqIQIMAQsLIAAgASkAGDcAGCAAIAEpABA3ABAgACABKQAINwAIIAAgASkAADcAAAtHAQN/QQEhAwNAIAJBIEZFBEAgASACai0AACAAIAJqLQAAcyIEQQAgBGtywEEAThCHAyADcSEDIAJBAWohAgwBCwsgAxCHAwtRAQF/IwBBIGsiAyQAIAMgATYCDCADIAA2AgggAyADQQhqrUKAgICAgAKENwMYIAMgA0EMaq1CgICAgIAChDcDEEGdg8AAIANBEGogAhCMAgALUwECfyMAQRBrIgIkAAJAIAEoAggiAyABKAIESQRAIABBADoAACAAIAEoAgAgA2otAAA6AAEMAQsgAkEENgIEIAAgASACQQRqEO8BCyACQRBqJAALQgEBfyMAQRBrIgIkAAJAIAFBAXEEQCACQQRqIAAgAUEBdhCzAQwBCyACQQRqIAAgARBZCyACQQRqEDYgAkEQaiQAC0IBAn8jAEEQayICJAAgACABEKIBIgMEf0EBBSACQQhqIAEQUSACKAIMIQMgAigCCAs2AgAgACADNgIEIAJBEGokAAtNAQN/IAAoAgQiA0EcaiEBIAAoAgghAgNAIAIEQCABQQRrKAIAIAEoAgAQqAMgAkEBayECIAFBMGohAQwBCwsgACgCACADQQhBMBDOAQtDAQN/AkAgAkUNAANAIAAtAAAiBCABLQAAIgVGBEAgAEEBaiEAIAFBAWohASACQQFrIgINAQwCCwsgBCAFayEDCyADC+MBAQJ/IwBBEGsiAyQAIAAQygMhBCADIAI2AgwgAyAENgIIIAIgBEcEQCMAQRBrIgEkACABIANBDGo2AgwgASADQQhqNgIIIwBBMGsiACQAIABB0LTAADYCBCAAIAFBCGo2AgAgAEHQtMAANgIMIAAgAUEMajYCCCAAQQI2AhQgAEGMtsAANgIQIAAgAEEIaq1CgICAgKABhDcDKCAAIACtQoCAgICgAYQ3AyAgACAAQRBqrUKAgICAsAGENwMYQYGGwAAgAEEYakGAyMAAEIwCAAsgASACIAAlARAiIANBEGokAAtTAgF/AX4jAEEQayIDJAAgA0EIaiABEIICIAMpAwghBBCbAiIBIAQ3AgwgACABNgIEIABBAjYCACABIAIoAgg2AgggASACKQIANwIAIANBEGokAAtTAgF/AX4jAEEQayIDJAAgA0EIaiABEIICIAMpAwghBBCbAiIBIAQ3AgwgACABNgIEIABBATsBACABIAIoAgg2AgggASACKQIANwIAIANBEGokAAtTAgF/AX4jAEEQayIDJAAgA0EIaiABEIICIAMpAwghBBCbAiIBIAQ3AgwgACABNgIEIABBAToAACABIAIoAgg2AgggASACKQIANwIAIANBEGokAAtKAQF/AkACQCACRQRAQQEhAwwBCyACEC8iA0UNASACRQ0AIAMgASAC/AoAAAsgACACNgIIIAAgAzYCBCAAIAI2AgAPC0EBEPICAAtAAQJ/A0AgAkEQRkUEQCAAIAJqIgEgAS8BACIBIAEgAUECdnNBsOAAcSIBQQJ0cyABczsBACACQQJqIQIMAQsLC0oBAn8jAEEQayICJAAgASgCAEGmysAAQQEQlwIgAkEEOgAIIABBA0EBIAJBCGoQ3QIiAxs6AAQgACADIAEgAxs2AgAgAkEQaiQAC1QCAn8BbyMAQRBrIgMkACABJQEgAiUBECMhBRBhIgEgBSYBIANBCGoQxgIgAygCDCECIAAgAygCCEEBcSIENgIAIAAgAiABIAQbNgIEIANBEGokAAtPAQJ/IAAoAgQhAiAAKAIAIQMCQCAAKAIIIgAtAABFDQAgA0HMxcAAQQQgAigCDBEAAEUNAEEBDwsgACABQQpGOgAAIAMgASACKAIQEQEAC0QBAn8jAEEQayEDA0AgAkEQRkUEQCACIANqIAEgAmotAAA6AAAgAkEBaiECDAELCyAAIAMpAAg3AAggACADKQAANwAAC0gBAX8jAEEQayICJAAgAiAAKAIAIgBBBGo2AgwgAUGXgMAAQQlBoIDAAEELIABBA0GrgMAAQQkgAkEMakEEEI4BIAJBEGokAAtAAQF/IwBBQGoiAiQAIAJBCGogAkEYaiAAEH0gASACKAIIIAIoAgwQlwIgAkEEOgAQIAJBEGoQ3QIgAkFAayQAC0oCAX8BfiMAQRBrIgIkACACQQhqIABBDGoQggIgAikDCCEDEJsCIgAgAzcCDCAAIAEoAgg2AgggACABKQIANwIAIAJBEGokACAAC1wAAkACQAJAIAAtAMACDgQBAgIAAgsgABDgASAAKAKsAhCaAyAAKAKYAiAAQZwCaigCABCoAwsgACgCsAIQ5gIgACgCtAIgAEG4AmooAgAQqAMgACgCqAIQmgMLCzsBAX8jAEEQayICJAAgAUH/AXEEfyAAQaTKwABBARCXAiACQQQ6AAggAkEIahDdAgVBAAsgAkEQaiQAC0QBA38gACABKAIUIgIgASgCECIDSQR/IAEgAkEBajYCFCABKAIMIAJqLQAABUEACzoAAiAAQQA6AAAgACACIANJOgABC0ABA39BByECA0AgAkF/RwRAIAAtAAAhAyAAIAEgAmoiBC0AADoAACAEIAM6AAAgAEEBaiEAIAJBAWshAgwBCwsLQwEBfyMAQRBrIgIkACACIABBDGo2AgwgAUGAgMAAQQ1BjYDAAEEFIABBAUGSgMAAQQUgAkEMakECEI4BIAJBEGokAAs+AQJ/IwBBEGshAgNAIAFBEEZFBEAgASACakEAOgAAIAFBAWohAQwBCwsgACACKQAINwAIIAAgAikAADcAAAs6AQN/A0AgAkEQRwRAIAAgAmoiAygAACEEIAMgASACaiIDKAAANgAAIAMgBDYAACACQQRqIQIMAQsLC0cCAX8BfiMAQRBrIgIkACACQQhqIAAQggIgAikDCCEDEJsCIgAgAzcCDCAAIAEoAgg2AgggACABKQIANwIAIAJBEGokACAACzoBAX8CQCABaUEBRw0AIAFBACAAQYCAgIB4IAFrTRsiAkUNACAABEAgACACEOsCIgFFDQELIAEPCwALQgEBfyMAQRBrIgIkACACQQhqIAEoAgAgASgCBCABKAIIEFMgAigCDCEBIAAgAigCCDYCACAAIAE2AgQgAkEQaiQAC0QCAX8CfiMAQSBrIgEkACABQRBqEP4BIAEgASkAGCICNwMIIAEgASkAECIDNwMAIAAgAjcACCAAIAM3AAAgAUEgaiQACz8BAX8jAEEgayICJAAgAiABKAIINgIYIAIgASkCADcDECACQQhqIAJBEGoQzwEgACACKQMINwMAIAJBIGokAAsNACAAIAEgAkEAENADCw0AIAAgASACQQEQ0AMLDgAgACABQdWZwAAQzwMLDgAgACABQcGZwAAQzwMLPgEBfyMAQRBrIgQkACAEQQhqQQAgAiABQRAgAxCVAiAEKAIMIQEgACAEKAIINgIAIAAgATYCBCAEQRBqJAALOQEBfyMAQRBrIgEkACAALQAABEAgASAAQcEAajYCDCABIABBAWo2AgggAUEIahCqAgsgAUEQaiQACzYAAkAgA2lBAUcNACADQQAgAUGAgICAeCADa00bIgNFDQAgACABIAMgAhA9IgBFDQAgAA8LAAvcAQIBfwF+IwBBIGsiAyQAIAMgATYCECADIAA2AgwgA0EBOwEcIAMgAjYCGCADIANBDGo2AhQjAEEQayIBJAAgA0EUaiIAKQIAIQQgASAANgIMIAEgBDcCBCMAQRBrIgAkACABQQRqIgEoAgAiAigCBCIDQQFxBEAgAigCACECIAAgA0EBdjYCBCAAIAI2AgAgASgCCCIBLQAIIQIgAS0ACRogAEHGACACEL8BAAsgAEGAgICAeDYCACAAIAE2AgwgASgCCCIBLQAIIQIgAS0ACRogAEHHACACEL8BAAteAQF/AkACQAJAAkBBvJTBACgCAEEBaw4CAgEAC0G8lMEAQQI2AgBBwJTBAEHAlMEAKAIAEQgAIgA2AgBBvJTBAEEBNgIADAILELADAAtBwJTBACgCACEACyAAEMsCC+8BAQJ/IAEoAggiAkGAgIAQcUUEQCAALQAAIQAgAkGAgIAgcUUEQCAAIAEQkwEPCyMAQRBrIgMkAEEDIQIDQCACIANqQQxqIABBD3FB0sXAAGotAAA6AAAgAkEBayECIABBBHZBD3EiAA0ACyABQQFB0MXAAEECIAIgA2pBDWpBAyACaxBIIANBEGokAA8LIAAtAAAhAiMAQRBrIgMkAEEDIQADQCAAIANqQQxqIAJBD3FBz+XAAGotAAA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBDWpBAyAAaxBIIANBEGokAAs/AQF/AkAgAARAIABBCGsiACgCACECIAAQ5AIgAUUgAkEBR3ENAQ8LQciMwQBBGxC4AwALQdibwABBPxC4AwALOwEBfyAALQAUIQEgAEEBOgAUAkAgAUUEQCAAQQhrIgAgACgCAEEBaiIBNgIAIAFFDQEgABDHAwsPCwALMgEBfyAAIAIQZiAAKAIIIQMgAgRAIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALOAEBfyMAQRBrIgMkACADIAEoAgA2AgwgAyADQQxqIgEgAhCFAiABEIQDIABBADYCACADQRBqJAALOAEBfyMAQRBrIgMkACADIAEoAgA2AgwgAyADQQxqIgEgAhCGAiABEIQDIABBADYCACADQRBqJAALNgECfyMAQUBqIQIDQCABQcAARkUEQCABIAJqQQA6AAAgAUEBaiEBDAELCyAAIAJBwAD8CgAACzEAIAEgAksgAiAES3JFBEAgACACIAFrNgIEIAAgASADajYCAA8LIAEgAiAEIAUQZQALOQAgAiADSQRAQY3cwABBEyAEEIwCAAsgACADNgIEIAAgATYCACAAIAIgA2s2AgwgACABIANqNgIICzABAX8gACACEGYgACgCCCEDIAIEQCAAKAIEIANqIAEgAvwKAAALIAAgAiADajYCCAs6AgF/AX4jAEEQayIBJAAgAUEIakGAAUEBQQEQ4wEgASkDCCECIABBADYCCCAAIAI3AgAgAUEQaiQACzgAAkAgAkGAgMQARg0AIAAgAiABKAIQEQEARQ0AQQEPCyADRQRAQQAPCyAAIAMgBCABKAIMEQAACzcBAX8jAEEQayIDJAAgAyABKAIAIgE2AgwgAyADQQxqIAIQXiABEOcCIABBADYCACADQRBqJAALMQECfyMAQRBrIgAkACAAQQhqQQRBFBD3AiAAKAIIIgFFBEAQtQMACyAAQRBqJAAgAQsyAQJ/A0AgAkHAAEZFBEAgACACaiIDIAMpAwAgASACaikDAIU3AwAgAkEIaiECDAELCwsxAQJ/A0AgAkEQRkUEQCAAIAJqIgMgAy8BACABIAJqLwEAczsBACACQQJqIQIMAQsLCykBAX4gAEICWgR+IABCfyAAeUI/hSIBeSABfIYiAUJ/hXwgAYMFIAALCzYAIAAgAC8BAEF/czsBACAAIAAvAQJBf3M7AQIgACAALwEKQX9zOwEKIAAgAC8BDEF/czsBDAs2AQJ/IAEoAgghAyABKAIEIQIgASgCAEEBRwRAIAIgAxCFA0EAIQILIAAgAzYCBCAAIAI2AgALAwAACzMBAX8jAEEQayICJAAgAiABEPUBIAIgAkEIchD8ASAAIAIpAwAgAikDCBA0IAJBEGokAAs1AQJ/AkAgAEUNACABKAIAIgIEQCAAIAIRAgALIAEoAgQiAkUNACABKAIIIQMgACACEIUDCwvoMwISfwN+IwBBEGsiDyQAIwBBwAVrIgYkACAGQcgAaiAAIAEQowMgBkEANgJQIAYgBigCTCILNgJYIAYgBigCSCINNgJUIAZBQGsgAiADEKMDIAZBADYCXCAGIAYoAkQiFTYCZCAGIAYoAkAiDDYCYAJAIAQEQCAGQThqIAQgBRCjAyAGKAI4IQMCQCAGKAI8IgJBgICAgHhGBEAgBkGAgICAeDYCcCAGIAM2AmwgBkGBgICAeDYCaAwBCyAGIAI2AnAgBiADNgJsIAYgAjYCaCACQYGAgIB4Rw0CCyAGQTBqIQIgBkHoAGoiACgCCCEBIAAoAgQhAwJAAkACQCAAKAIAIgBBgICAgHhrDgIBAgALIAAgAxCoAwtBACEDCyACIAE2AgQgAiADNgIAIAYoAjAhAyAGKAI0IQIgBkEoaiAGQdwAahCgAiAGKAIoIQEgBigCLCEAIAZBIGogBkHQAGoQoAIgBigCICIFIAEgBRsiBCADIAQbIgFBASABGyAGKAIkIAAgBRsgAiAEG0EAIAEbELgDAAtBgICAgHghAiAGQYCAgIB4NgJoCwJAIAYCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAtBiLKJIk0EQCAGQZACaiANIAsQQCAGQZwCaiEBIAYpApQCIRggBigCkAIiAEGAgICAeEYEQCAGIBg3AsQDIAYgASkCADcCzAMgBiABKAIINgLUAwwOCyAGIAEpAggiGTcDgAUgBiABKQIAIho3A/gEIAYgGjcD0AQgBiAZNwPYBCAGKAKsAiEHIAYgGDcCpAMgBiAANgKgAwJAAkACQAJAAkACQCAHQQRqIgkgC0sEQEEmIQhB+s7AACEADAELIAcgC08NBSAHQQFqIgUgC08NBCAHQQJqIgQgC08NAyAHQQNqIgEgC08NAkEwIQhBys7AACEAIAcgDWotAAAgBSANai0AAEEIdHIgBCANai0AAEEQdHIgASANai0AAEEYdHIiAUH/gfwHcUEIeCABQRh4Qf+B/AdxciIEQcihiAJLDQAgBkGQAmoiASAErRC9ASAGKAKQAgRAIAFBBHIQ1AIMAQsgCyAEIAlqIgBBIGpGDQFBzgAhCEH8zcAAIQALIAYgCDYCzAMgBiAANgLIAyAGQQM6AMQDIAZBoANqEPECDBILIAZBnAJqIAkgDWogBBDIASAGQgA3A5AFIAZCADcDiAUgBkIANwOABSAGQgA3A/gEIAZBGGogACANIAtB3M3AABCpAiAGQfgEakEgIAYoAhggBigCHEHszcAAELoCIAYgBigCqAM2ApgCIAYgBikCoAM3A5ACIAYgBikD+AQ3AsQCIAYgBikDgAU3AswCIAYgBikDiAU3AtQCIAYgBikDkAU3AtwCIAZBqAJqIA0gCxDIASAGIAYpA9gENwK8AiAGIAYpA9AENwK0AiAGQcADaiIFIAZBkAJqIgRB1AD8CgAAIAYgADYClAQgBkHEA2ogBigCwAMiAUGAgICAeEYNEhogBigCxAMhACAGQfwAaiAGQcgDakHQAPwKAAAgBiAANgJ4IAYgATYCdAJAIAJBgICAgHhHBEAgBiAGKQKgATcDyAMgBiAGKQKYATcDwAMgBCAFEJkBIAYoApQCIQAgAiAGKAKYAkcNASADIAAgAhDrAQ0BIAYoApACIAAQqAMgAiADEKgDCyAVQSBHBEAgBkEKNgLQAyAGQfzXwAA2AswDIAYgFTYCyAMgBkKEgICAgAQ3AsADQZ+jwABBB0HRo8AAQS4Q2wEhByAGQcADahDUAgwRCyAGIAwtAAI6AM4BIAYgDC8AADsBzAEgBiAMKAADNgDPASAGIAwoAAc2ANMBIAYgDCgACzYA1wEgDCgADyEAIAYgDCgAEzYA3wEgBiAANgDbASAGIAwtAB86AOsBIAYgDCkAFzcA4wEgBigCyAEiAyAGKAKUASIATQRAIAYoApABIQggBkIANwPYAyAGQgA3A9ADIAZCADcDyAMgBkIANwPAAyAGQcwBakHcz8AAQQEgBkHAA2oiAEEgED8gBiAGKQPYAzcDuAMgBiAGKQPQAzcDsAMgBiAGKQPIAzcDqAMgBiAGKQPAAzcDoAMgABCUAiAGIAYpA7gDNwPYAyAGIAYpA7ADNwPQAyAGIAYpA6gDNwPIAyAGIAYpA6ADNwPAAyAGQZACaiAAQcAA/AoAAEEAIQIDQCACQcAARwRAIAZBkAJqIAJqIgAgAC0AAEE2czoAACACQQFqIQIMAQsLIAZCADcD8ARBACECIAZB2ODAACkDADcD6AQgBkHQ4MAAKQMANwPgBCAGQcjgwAApAwA3A9gEIAZBwODAACkDADcD0AQgBkHQBGogBkGQAmpBARDtAgNAIAJBwABHBEAgBkGQAmogAmoiACAALQAAQeoAczoAACACQQFqIQIMAQsLIAZCADcDmAUgBkHY4MAAKQMANwOQBSAGQdDgwAApAwA3A4gFIAZByODAACkDADcDgAUgBkHA4MAAKQMANwP4BCAGQfgEaiIAIAZBkAJqIgJBARDtAiAGQegDaiAAQSj8CgAAIAZBwANqIgEgBkHQBGpBKPwKAAAgBkHQAmoiACABQdAA/AoAACAGQQA6AM8CIAZBoANqEK4CAkAgA0E/TQRAIAMEQCACIAggA/wKAAALIAYgAzoAzwIMAQsgACAIIANBBnYQ7QIgBiADQT9xIgA6AM8CIABFDQAgBkGQAmogCCADQcD///8HcWogAPwKAAALIAZBwANqIgQgBkGQAmpBkAH8CgAAIAZB0ARqIgAQ5AEgBkH4BGoiARDkASAGQYAEaiAEIAEQXyAGQSA6AP8DIAYgBikAkAU3A9gDIAYgBikAiAU3A9ADIAYgBikAgAU3A8gDIAYgBikA+AQ3A8ADIAZBqARqIAQgABBfQQAhAiABQQBBwAD8CwAgBCABQcAA/AoAACAGIAYpANAENwOgAyAGIAYpANgENwOoAyAGIAYpAOAENwOwAyAGIAYpAOgENwO4AwNAIAJBIEcEQCAGQcADaiACaiAGQaADaiACai0AADoAACACQQFqIQIMAQsLIAYgBikA2AM3A4gCIAYgBikA0AM3A4ACIAYgBikAyAM3A/gBIAYgBikAwAM3A/ABIAYgBkHAA2oiADYCxAMgBiAGQaADajYCwAMgABCqAiAGQfABaiAGQagBahDlAUH/AXFFBEBBACECDA8LIAZB+ARqQZTNwABBCCAGQZgBaiIWQQFBABCPASAGKAKABSEBIAYoAvwEIQQgBkGQAmoiACAGKAKEASAGKAKIARDIASAGQcADaiAGQcwBaiAEIAEgABAxIAYtAMADIgJBC0cEQCAGIAYtAMMDOgDuASAGIAYvAMEDOwHsASAGKALEAyEDIAYoAsgDIQggBikCzAMhGCAGKAKQAiAGKAKUAhCoAyAGKAL4BCAEEKgDDA8LIAYgBigCmAIiBTYCqAMgBiAGKAKUAiIBNgKkAyAGIAYoApACNgKgAyAGKAL4BCAEEKgDQQMhAiAFQQRJBEBB6tPAACEDQTAhCAwOC0G/08AAIQNBKyEIIAEoAAAiAEH/gfwHcUEIeCAAQRh4Qf+B/AdxciIEQYCAgAJLIAQgBUEEa0tyDQ1BlNPAACEDIARBBGoiAK0QngIgBa1SDQ0gBkEQaiAAIAEgBUGE08AAEKkCIAYoAhQhByAGKAIQIQADQCAHBEAgB0EBayEHIAAtAAAhCSAAQQFqIQAgCUUNAQwPCwsgBkEANgLUAyAGIAQ2AtADIAYgAUEEajYCzAMgBkGAAToA2AMgBkEANgLIAyAGQoCAgIAQNwLAAyAGQfgEaiAGQcADahCnASAGLQD4BEEBRgRAIAYoAvwEIQAMDAsCQAJAAkAgBi0A+QRBAUYEQCAGLQD6BCIAQdsARg0BIABB+wBGDQJBgICAgHghASAGQcADaiIAIAZBvwVqQfDhwAAQSSAAENgCIQAMEAsgBkEFNgKQAiAGQcADaiAGQZACahDSASEADA4LIAYgBi0A2ANBAWsiADoA2AMCQCAAQf8BcQRAIAYgBigC1ANBAWo2AtQDIAZBAToA/AQgBiAGQcADajYC+AQgBkGQAmogBkH4BGoQqQEgBigClAIhAEGAgICAeCECAkACfwJAAkACQCAGKAKQAg4DAQAEAAsgBkGQAmoiASAGQfgEahBbAkAgBi0AkAJBAUcEQCAGLQCRAkEBRw0DIAEgBigC+AQQMiAGKAKQAiICQYCAgIB4Rw0BCyAGKAKUAgwDCyAGKAKYAiEIIAAhAyAGKAKUAiEADAMLQQBBtNnAABDcAQwBC0EBQbTZwAAQ3AELIQBBgICAgHghAgsgBiAGLQDYA0EBajoA2AMgBiAGQcADahByIgE2AqACIAYgAzYCnAIgBiAINgKYAiAGIAA2ApQCIAYgAjYCkAIgAkGAgICAeEcNAUGAgICAeCECIAENAwwOCyAGQRg2ApACIAZBwANqIAZBkAJqENIBIQAMDgsgAUUNCyAGQZACahDzAkGAgICAeCECIAEhAAwMCyAGIAYtANgDQQFrIgA6ANgDIABB/wFxRQ0JIAYgBigC1ANBAWo2AtQDIAZBAToA1AQgBiAGQcADajYC0AQgBkGAgICAeDYC+ARBgICAgHghAUEAIQdBACEIAkADQAJAIAZBkAJqIAZB0ARqEFQCQAJAAkACQAJAAkACQAJAAn8gBi0AkAJBAUYEQCAGKAKUAgwBCyAGLQCRAkEBRw0DIAYoAtAEIgBBADYCCCAAIAAoAhRBAWo2AhQgBkGQAmogAEEMaiAAEDsgBigClAIiAiAGKAKQAkECRg0AGiACIAYoApgCIgBBrNLAAEEHENkCDQEgAiAAQbPSwABBBxDZAg0CIAIgAEG80sAAQQIQ2QELIQAgBiAJNgKABSAGIAQ2AvwEIAYgATYC+AQMBQsgBw0DIAZBCGogBigC0AQQ6QEgBigCDCEDIAYoAghBAXENAkEBIQdBASEIDAgLIAFBgICAgHhGDQUgBiAJNgKABSAGIAQ2AvwEIAYgATYC+ARBs9LAAEEHEIcCIQAMBAsgBiAJNgKABSAGIAQ2AvwEIAYgATYC+AQgCEEBcUUEQEGs0sAAQQcQiAIhAAwDCyAEIQAgASICQYCAgIB4Rw0HQbPSwABBBxCIAiEAQYCAgIB4IQIMBwsgBiAJNgKABSAGIAQ2AvwEIAYgATYC+AQgAyEADAELIAYgCTYCgAUgBiAENgL8BCAGIAE2AvgEQazSwABBBxCHAiEAC0GAgICAeCECIAFBgICAgHhGDQQLIAZB+ARqEPMCDAELAkAgBigC0AQiAhCiASIARQRAIAZBkAJqIAIQMiAGKAKUAiEAIAYoApACIgJBgICAgHhHDQELIAYgBDYC/AQgBiABNgL4BAwBCyAGKAKYAiEJIAAhBCACIQEMAQsLQYCAgIB4IQILIAYgBi0A2ANBAWo6ANgDIAYgBkHAA2oQkAEiATYCoAIgBiADNgKcAiAGIAk2ApgCIAYgADYClAIgBiACNgKQAiACQYCAgIB4RwRAIAFFDQsgBkGQAmoQ8wJBgICAgHghAiABIQAMDAsgAUUNCCABELcBDAgLIAEQtwEMCgtBACADIABBhM3AABBlAAsgBigCkAIgABCoA0Gfo8AAQQdBpqPAAEErENsBIQcgAiADEKgDDA8LIAEgC0HMzcAAEOYBAAsgBCALQbzNwAAQ5gEACyAFIAtBrM3AABDmAQALIAcgC0GczcAAEOYBAAsgBkEkNgLMAyAGQaDPwAA2AsgDIAZBCDoAxAMMDAtBgICAgHghAgwCCyAGQRg2ApACIAZBwANqIAZBkAJqENIBIQAMAgsgBikCmAIhGQtBgICAgHghASACQYCAgIB4RgRAIAAgBkHAA2oQ2AIhAAwCCyAGIBk3ApgCIAYgADYClAIgBiACNgKQAiAGQdAEaiAGQcADahCnAQJAAn8gBi0A0ARBAUYEQCAGKALUBAwBCyAGLQDRBEEBRw0BIAZBFjYC+AQgBkHAA2ogBkH4BGoQ0gELIQAgBkGQAmoQ8wIMAgsgAiEBDAELQYCAgIB4IQELIAYoAsADIAYoAsQDEKgDIAFBgICAgHhGBEAgABC3AUEDIQJBmtTAACEDQTIhCAwBCyAGIAA2AvwEIAYgATYC+AQgBiAZNwKABQJAAkAgGUKAgICAcINCgICAgBBSBEBBAyECQRkhCEHg18AAIQMMAQsgGaciAkGgjQZLBEBBCCECQRghCEHI18AAIQMMAQsCQAJAAkAgBgJ+QfiUwQAtAAAEQEHwlMEAKQMAIRpB6JTBACkDAAwBCyAGQQA6AMADQQEQLyIERQ0BIARBARDRAUHwlMEAIAStIho3AwBB+JTBAEEBOgAAIAZBwANqrQsiGDcDoAJB6JTBACAYQgF8NwMAIAYgGjcDqAIgBkH42sAAKQMANwOQAiAGQYDbwAApAwA3A5gCIAAgAkHoAGxqIRcgACEFA0AgFyAFIgpGBEBBCyECDAQLQQMhAiAKKAJYIhBBgQhrQYB4SQRAQS0hCEGb18AAIQMMBAsgCigCVCEEIAZBLzYCwANB5wAhCEG01sAAIQMgBCAQIAZBwANqQQEQ2gINAyAKQegAaiEFIAQgEGohEiAEIQcDQAJAIAcgEkYNAAJ/IAcsAAAiE0EATgRAIBNB/wFxIQkgB0EBagwBCyAHLQABQT9xIQ4gE0EfcSEJIBNBX00EQCAJQQZ0IA5yIQkgB0ECagwBCyAHLQACQT9xIA5BBnRyIQ4gE0FwSQRAIA4gCUEMdHIhCSAHQQNqDAELIAlBEnRBgIDwAHEgBy0AA0E/cSAOQQZ0cnIiCUGAgMQARg0BIAdBBGoLIQcgCUHcAEYgCUEgSXINBSAJQf8Aa0EhTw0BDAULCyAGIBA2AtADIAZBADYCzAMgBiAQNgLIAyAGIAQ2AsQDIAZBAToA2AMgBkEvNgLAAyAGQQE7AeQDIAYgEDYC4AMgBkEANgLcAyAGQS82AtQDA0ACQCAGLQDlAw0AIAYoAsQDIQQgBkHQBGogBkHAA2oQdwJ/IAYoAtAEQQFGBEAgBigC3AMhByAGIAYoAtgENgLcAyAEIAdqIQkgBigC1AQgB2sMAQsgBi0A5QMNASAGQQE6AOUDAkAgBi0A5ANBAUYEQCAGKALgAyEEIAYoAtwDIQcMAQsgBigC4AMiBCAGKALcAyIHRg0CCyAGKALEAyAHaiEJIAQgB2sLIgRFDQUgCSAEQfnXwABBARDZAg0FIAkgBEH618AAQQIQ2QJFDQEMBQsLIAooAlghDiAKKAJUIRICQCAURQ0AIBQgESASIA4QpwLAQQBIDQBBMCEIQYTWwAAhAwwECyAGQcADaiAKQRBqIAZBkAJqEEYgBi0AwAMiBEELRwRAIAYgBi0AwwM6AL4FIAYgBi8AwQM7AbwFIAYoAsQDIQMgBigCyAMhCCAGKQLMAyEYIAQhAgwEC0HCACEIQcLVwAAhAyAKKAIAIgcgCigCCCIERw0DIAcEQCAKKAIERQ0ECyAEBEAgCigCDEUNBAsgCigCZCIEQRBLBEBBIiEIQaDVwAAhAwwDCyAEQTBsIQkgCigCYCEHQQAhBANAAkAgCQRAQTchCEHp1MAAIQMgBCAHKAIoIgRPDQYgBygCLEUNBiAGQcADaiAHIAZBkAJqEEYgBi0AwAMiEUELRg0BIAYgBi0AwwM6AL4FIAYgBi8AwQM7AbwFIAYoAsQDIQMgBigCyAMhCCAGKQLMAyEYIBEhAgwGCyASIRQgDiERIAooAjhBgICAgHhGDQIgBkHAA2ogCigCPCAKKAJAEHkgBi0AwAMiAkELRwRAIAYgBi0AwwM6AL4FIAYgBi8AwQM7AbwFIAYoAsQDIQMgBigCyAMhCCAGKQLMAyEYDAYLIAooAkxB2CpNDQJBHSEIQczUwAAhAwwECyAHQTBqIQcgCUEwayEJDAALAAsACxC1AwALQQghAgsgBigCkAIhBCAGKAKUAiEFIwBBEGsiByQAIAUEQCAHQQRqQRBBCCAFQQFqEKMBIAcoAgQaIAQgBygCDGsgBygCCBCFAwsgB0EQaiQAIAJBC0YNAQsgBiAGLQC+BToA7gEgBiAGLwG8BTsB7AEgBkH4BGoQ8wIMAQsgGSEYIAAhCCABIQNBCyECCyAGQaADahCEASAGKAKgAyAGKAKkAxCoAyACQQtGDQELIAYgAjoAwAMgBiAGLwHsATsAwQMgBiAGLQDuAToAwwMgBiAYNwLMAyAGIAg2AsgDIAYgAzYCxAMgBkHAA2oiABCdASEHIAAQ1AIMAQsgA0GAgICAeEcNAiAIIQcLIAZBzAFqEK4CCyAGQfQAahDlAkEBIQgMAwtBBEHIABDqAiIHIBg3AhAgByAINgIMIAcgAzYCCCAHQoGAgIAQNwIAIAcgBikBzAE3ABggByAGKQHUATcAICAHIAYpAdwBNwAoIAcgBikB5AE3ADAgByAWKQIANwI4IAcgFikCCDcCQCAGQfQAahDlAkEAIQgMAgsgBkHEA2oLIgAoAhA2AqACIAYgACkCCDcDmAIgBiAAKQIANwOQAiAGQZACaiIAEJ0BIQcgABDUAkEBIQggAkGAgICAeEYNACACIAMQqAMLIAwgFRCFAyANIAsQhQNBASECIAhFBEBBBEEQEOoCIgAgBzYCDCAAQQA2AgggAEKBgICAEDcCACAAQQhqIQdBACECCyAPIAI2AgggDyAHQQAgAhs2AgQgD0EAIAcgAhs2AgAgBkHABWokACAPKAIAIA8oAgQgDygCCCAPQRBqJAAL+wkCD38CfiMAQRBrIgckACMAQZABayIEJAAgBEEwaiAAEKgBIARBGGogASACEKMDIARBADYCPCAEIAQoAhwiDDYCRCAEIAQoAhgiDTYCQAJAAn8CQCAEKAIwIgAEQCAEKAI4IQ4gBCgCNCEPIARBEGogACgCACIAQQxqKAIAIABBEGooAgAgDSAMEHQgBCgCFCEGIAQoAhBBAUYEQCAEQYCAgIB4NgIkIAQgBjYCKAwECyAGKAIEIQIgBigCACEKIANFDQEgBigCZEEwbCEBIAYoAmBBKGohACAKIAIgA01xA0AgACEFIAFFDQIgAUEwayEBIABBMGohACAFKAIAIgggA0kNAAsNAUEBIQogCCECQQEhAyAFQShrIgFBLGoMAgsgBEEIaiAEQTxqEKACIAQoAgghASAEKAIMIQIgBCAEQTBqEKgCIAQoAgAiACABIAAbIgFBASABGyAEKAIEIAIgABtBACABGxC4AwALIAZBEGohASAGKAIIIQNBACEIIAZBDGoLKAIAIQsgBCABKQAINwNwIAQgASkAADcDaCAEQcgAaiIFIARB6ABqIgAQmQEgASgCICEQIAEoAhwhESABKQMQIRQgBCgCSCAEKAJMIQYgBCgCUCEJIAUQmAIgBCAFNgJUIAAgBEHUAGoQ8gEgBCgCaCEBAkACQAJAIAQtAGwiBUEDRg0AIAQgBToAXCAEIAE2AlggBEHYAGoiBUHM0sAAQQIgBiAJEMcBIgENACAFQaSiwABBBxC6ASIBDQAgACAEKAJYIgkoAgAQnQMgABDdAiIBDQAgCCAJKAIAEPcBIgENACAEQQQ6AGggABDdAiIBDQAgBUHO0sAAQQMQugEiAQ0AIAAgBCgCWCIIKAIAEJ0DIAAQ3QIiAQ0AQRQhASAUIRMDQCATQucHWARAIBNCCloEQCABQQJrIgEgBEHoAGpqIBOnIgBB+yhsQRN2IgVBnP///wdsIABqQQF0LwHIkkE7AAAgBa0hEwsgFFBFIBNQcUUEQCABQQFrIgEgBEHoAGpqIBOnQTByOgAACyAIKAIAIARB6ABqIgAgAWpBFCABaxCXAiAEQQQ6AGAgBEHgAGoQ3QIiAQ0CIARBBDoAaCAAEN0CIgENAiAEQdgAaiIAQdHSwAAgESAQEMYBIgENAiAAQcbRwABBBSAKIAIQnwEiAQ0CIABBy9HAAEEGIAMgCxCfASIBDQIgBCgCWCgCACAELQBcEPoBIgENAiAEKAJMIQEgBCgCSCIAQYCAgIB4Rg0DIAQgBCgCUDYCLCAEIAE2AiggBCAANgIkDAQFIARB6ABqIAFqIgBBBGsgEyATQpDOAIAiE0KQzgB+faciBUH7KGxBE3YiCUEBdC8ByJJBOwAAIABBAmsgCUGc////B2wgBWpBAXQvAciSQTsAACABQQRrIQEMAQsACwALIAQoAkggBCgCTBCoAwtB3p3AAEEJQZKkwABBFBDbASEAIAEQuAEgBEGAgICAeDYCJCAEIAA2AigLIAYQqAMLIA0gDBCFAyAPIA4QhgMgBEHoAGogBEEkahDYASAEKAJsIQEgBwJ/IAQoAmgEQEEAIQBBACEDQQEMAQsgBCgCcCEDIAEhAEEAIQFBAAs2AgwgByABNgIIIAcgAzYCBCAHIAA2AgAgBEGQAWokACAHKAIAIAcoAgQgBygCCCAHKAIMIAdBEGokAAu5AgEIfyMAQRBrIgYkACAGQQhqIQUjAEEQayIDJAAgAEGlysAAQQEQlwICQANAQQAhBAJAA0AgAiAERgRAIAIEQCAAIAEgAhCXAgsgAEGlysAAQQEQlwIgBUEEOgAAIANBEGokAAwECyADIAEgAiAEQYTKwAAQlgIgAygCDCIJRQ0BIARBAWohBCADKAIIIgotAAAiBy0Az+NAIghFDQALIAMoAgQiAQRAIAAgAygCACABEJcCCyAJQQFrIQIgCkEBaiEBIAhB9QBGBEAgA0Hc6sGBAzYAACADIAdBD3EtAM/lQDoABSADIAdBBHYtAM/lQDoABCAAIANBBhCXAgwCCyADIAg6AAEgA0HcADoAACAAIANBAhCXAgwBCwsgBUEEOgAAQZTKwAAQrwMACyAFEN0CIAZBEGokAAsoACAAIAIgASADIAEgA0kbEOsBIgAgASADayAAGyIAQQBKIABBAEhrCzMBAn8gASgCCCEDIAEoAgQhAiABKAIABEAgAiADEIYDQQAhAgsgACADNgIEIAAgAjYCAAsqACABIANNBEAgACADIAFrNgIEIAAgASACajYCAA8LIAEgAyADIAQQZQALMwECfyAAKAIAIQEgACgCBCECA0AgASACRkUEQCABQQA6AAAgACABQQFqIgE2AgAMAQsLCy8BAn8jAEEQayIAJAAgAEEIahB+IAAoAggiASAAKAIMEKQDIABBEGokACABQQBHCy8BAn4gACAAKQNAIgMgAq18IgQ3A0AgACAAKQNIIAMgBFatfDcDSCAAIAEgAhAsC5IMARJ/IwBBEGsiCCQAIwBBsAFrIgMkACADQdAAaiAAEKgBIANBOGogASACEKMDIANBADYCXCADIAMoAjwiDjYCZCADIAMoAjgiDzYCYAJAAkAgAygCUCIABEAgAygCWCEQIAMoAlQgA0EwaiAAKAIAIgBBDGooAgAgAEEQaigCACAPIA4QdCADKAI0IQYCQCADKAIwQQFGBEAgA0GAgICAeDYCRCADIAY2AkgMAQsgBigCYCEKIAYoAjghEiAGKAIMIRMgBigCCCEUIAYoAgQhCSAGKAIAIQsgBigCWCEMIAYoAlQhDSADQShqIAYoAmQiBUEEQQQQ4wEgA0EANgKIASADIAMoAiwiATYChAEgAyADKAIoIgI2AoABAkACQCACIAVJBEAgA0EgaiADQYABakEAIAVBBEEEEFwgAygCICIAQYGAgIB4Rw0FIAMoAoQBIQEgAygCiAEhBwwBCyAFRQ0BCyAFIAdqIApBKGohAiABIAdBAnRqIQQDQCAEIAIoAgA2AgAgAkEwaiECIARBBGohBCAFQQFrIgUNAAsgAygCgAEhAiEHCyADQegAaiIAEJgCIAMgADYCdCADQYABaiIKIANB9ABqEPIBIAMoAoABIQQCQAJAAkACQAJAIAMtAIQBIgBBA0YNACADIAA6AHwgAyAENgJ4IANB+ABqIgBBwtHAACANIAwQxgEiBA0AIABBxtHAAEEFIAsgCRCfASIEDQAgAEHL0cAAQQYgFCATEJ8BIgQNACAAQdnRwABBCxC6ASIEDQAgCiADKAJ4IgUoAgAQtgMgChDdAiIEDQACQCASQYCAgIB4RwRAIAUoAgBBpsrAAEEBEJcCIANBBDoAgAEgChDdAiIAIAUgABshBCAADQEgA0EBOgCsASADIAQ2AqgBIANBqAFqIgBB0dLAAEEEIAYoAjwgBigCQBDHASIEDQEgAEHw0sAAQQQgBigCSCAGKAJMEMcBIgQNASADLQCsAUUEQEEAIQQMAgsgAygCqAEoAgBBpMrAAEEBEJcCIANBBDoAgAEgA0GAAWoQ3QIhBAwBCyAFKAIAQbj5wABBBBCXAiADQQQ6AIABIANBgAFqEN0CIQQLIAQNACADQQQ6AIABIANBgAFqIgAQ3QIiBA0AIANB+ABqQdHRwABBCBC6ASIEDQAgACADKAJ4IgkoAgAQtgMgABDdAiIEDQAgCSgCACILQY62wABBARCXAiADQQQ6AIABIAAQ3QIiBA0AIAdFBEAgACAJKAIAELcDIAAQ3QIiBA0BCyAHQQBHIQwgB0ECdCEFIAdFIQcgASEAA0AgBQRAIAxFBEAgC0GnysAAQQEQlwILIANBBDoAgAEgA0GAAWoiDRDdAiIEDQIgA0EYaiANIAAoAgAQfSALIAMoAhggAygCHBCXAiADQQQ6AKgBIANBqAFqEN0CIgQNAiAAQQRqIQAgA0EEOgCAASAFQQRrIQVBACEHQQAhDCANEN0CIgRFDQEMAgsLIAdBAXFFBEAgA0GAAWoiACAJKAIAELcDIAAQ3QIiBA0BCyADQQQ6AIABIANBgAFqEN0CIgQNACAJKAIAIAMtAHwQ+gEiBEUNAQsgAygCaCADKAJsEKgDDAELIAMoAmwhBCADKAJoIgBBgICAgHhHDQELQd6dwABBCUH/o8AAQRMQ2wEhACAEELgBIANBgICAgHg2AkQgAyAANgJIDAELIAMgAygCcDYCTCADIAQ2AkggAyAANgJECyACIAFBBEEEEM4BCyAPIA4QhQMgEBCGAyADQYABaiADQcQAahDYASADKAKEASECIAgCfyADKAKAAQRAQQAhBUEAIQBBAQwBCyADKAKIASEAIAIhBUEAIQJBAAs2AgwgCCACNgIIIAggADYCBCAIIAU2AgAgA0GwAWokAAwCCyADQRBqIANB3ABqEKACIAMoAhAhASADKAIUIQAgA0EIaiADQdAAahCoAiADKAIIIgIgASACGyIBQQEgARsgAygCDCAAIAIbQQAgARsQuAMACyADKAIkGiAAEPICAAsgCCgCACAIKAIEIAgoAgggCCgCDCAIQRBqJAALLQEBfyMAQRBrIgEkACABIAA2AgggASAAQSBqNgIMIAFBCGoQqgIgAUEQaiQACw4AIABCgICAgOABEM0DCw4AIABCgICAgNACEM0DCzABAX8gACgCCCICIAAoAgBGBEAgABDAAQsgACACQQFqNgIIIAAoAgQgAmogAToAAAspACABQQJ0IQEDQCABBEAgACgCABDXASABQQRrIQEgAEEEaiEADAELCwuTGwIOfwF+IwBBEGsiCyQAIwBBkAFrIgIkACACQRhqIAAgARCjAyACQThqIAIoAhgiDiACKAIcIg8QQAJAAkACQAJAAkAgAigCOCIAQYCAgIB4RgRAIAIgAkE8aiIBKAIQNgJoIAIgASkCCDcDYCACIAEpAgA3A1ggAkHYAGoQnQEhACABENQCIAIgADYCJCACQYCAgIB4NgIgDAELIAIgAikCRDcDWCACIAIpAkw3A2AgAigCVCEIIAIgAikCPDcCMCACIAA2AiwCQAJAAkAgCCAPTQRAIAJBOGogCEEDbiIBQQJ0IgBBBGogACAIIAFBA2xrIgkbIgdBAUEBQQEQlQEgAigCPCEMIAIoAjhBAUYNASACKAJAIQEgCEEbSQ0DIAhBGmsiAEEAIAAgCE0bIQpBACEAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkADQCAFQRpqIgYgCEsNIiACQRBqIAAgAEEgaiIGIAEgB0HAqsAAEJUCIAIoAhQiAwRAIAIoAhAiBCAFIA5qIg0pAAAiEEI4hiAQQoD+A4NCKIaEIBBCgID8B4NCGIYgEEKAgID4D4NCCIaEhCAQQgiIQoCAgPgPgyAQQhiIQoCA/AeDhCAQQiiIQoD+A4MgEEI4iISEhCIQQjqIpy0A+51AOgAAIANBAUYNAiAEIBBCNIinQT9xLQD7nUA6AAEgA0ECTQ0DIAQgEEIuiKdBP3EtAPudQDoAAiADQQNGDQQgBCAQQiiIp0E/cS0A+51AOgADIANBBE0NBSAEIBBCIoinQT9xLQD7nUA6AAQgA0EFRg0GIAQgEEIciKdBP3EtAPudQDoABSADQQZNDQcgBCAQpyIAQRZ2QT9xLQD7nUA6AAYgA0EHRg0IIAQgAEEQdkE/cS0A+51AOgAHIANBCE0NCSAEIA1BBmopAAAiEEI4hiAQQoD+A4NCKIaEIBBCgID8B4NCGIYgEEKAgID4D4NCCIaEhCAQQgiIQoCAgPgPgyAQQhiIQoCA/AeDhCAQQiiIQoD+A4MgEEI4iISEhCIQQjqIpy0A+51AOgAIIANBCUYNCiAEIBBCNIinQT9xLQD7nUA6AAkgA0EKTQ0LIAQgEEIuiKdBP3EtAPudQDoACiADQQtGDQwgBCAQQiiIp0E/cS0A+51AOgALIANBDE0NDSAEIBBCIoinQT9xLQD7nUA6AAwgA0ENRg0OIAQgEEIciKdBP3EtAPudQDoADSADQQ5NDQ8gBCAQpyIAQRZ2QT9xLQD7nUA6AA4gA0EPRg0QIAQgAEEQdkE/cS0A+51AOgAPIANBEE0NESAEIA1BDGopAAAiEEI4hiAQQoD+A4NCKIaEIBBCgID8B4NCGIYgEEKAgID4D4NCCIaEhCAQQgiIQoCAgPgPgyAQQhiIQoCA/AeDhCAQQiiIQoD+A4MgEEI4iISEhCIQQjqIpy0A+51AOgAQIANBEUYNEiAEIBBCNIinQT9xLQD7nUA6ABEgA0ESTQ0TIAQgEEIuiKdBP3EtAPudQDoAEiADQRNGDRQgBCAQQiiIp0E/cS0A+51AOgATIANBFE0NFSAEIBBCIoinQT9xLQD7nUA6ABQgA0EVRg0WIAQgEEIciKdBP3EtAPudQDoAFSADQRZNDRcgBCAQpyIAQRZ2QT9xLQD7nUA6ABYgA0EXRg0YIAQgAEEQdkE/cS0A+51AOgAXIANBGE0NGSAEIA1BEmopAAAiEEI4hiAQQoD+A4NCKIaEIBBCgID8B4NCGIYgEEKAgID4D4NCCIaEhCAQQgiIQoCAgPgPgyAQQhiIQoCA/AeDhCAQQiiIQoD+A4MgEEI4iISEhCIQQjqIpy0A+51AOgAYIANBGUYNGiAEIBBCNIinQT9xLQD7nUA6ABkgA0EaTQ0bIAQgEEIuiKdBP3EtAPudQDoAGiADQRtGDRwgBCAQQiiIp0E/cS0A+51AOgAbIANBHE0NHSAEIBBCIoinQT9xLQD7nUA6ABwgA0EdRg0eIAQgEEIciKdBP3EtAPudQDoAHSADQR5NDR8gBCAQpyIAQRZ2QT9xLQD7nUA6AB4gA0EfRg0gIAQgAEEQdkE/cS0A+51AOgAfIAYhACAFQRhqIgUgCksNJAwBCwtBAEEAQdCqwAAQ5gEAC0EBQQFB4KrAABDmAQALQQJBAkHwqsAAEOYBAAtBA0EDQYCrwAAQ5gEAC0EEQQRBkKvAABDmAQALQQVBBUGgq8AAEOYBAAtBBkEGQbCrwAAQ5gEAC0EHQQdBwKvAABDmAQALQQhBCEHQq8AAEOYBAAtBCUEJQeCrwAAQ5gEAC0EKQQpB8KvAABDmAQALQQtBC0GArMAAEOYBAAtBDEEMQZCswAAQ5gEAC0ENQQ1BoKzAABDmAQALQQ5BDkGwrMAAEOYBAAtBD0EPQcCswAAQ5gEAC0EQQRBB0KzAABDmAQALQRFBEUHgrMAAEOYBAAtBEkESQfCswAAQ5gEAC0ETQRNBgK3AABDmAQALQRRBFEGQrcAAEOYBAAtBFUEVQaCtwAAQ5gEAC0EWQRZBsK3AABDmAQALQRdBF0HArcAAEOYBAAtBGEEYQdCtwAAQ5gEAC0EZQRlB4K3AABDmAQALQRpBGkHwrcAAEOYBAAtBG0EbQYCuwAAQ5gEAC0EcQRxBkK7AABDmAQALQR1BHUGgrsAAEOYBAAtBHkEeQbCuwAAQ5gEAC0EfQR9BwK7AABDmAQALQQAgCCAPQeidwAAQZQALIAIoAkAaIAwQ8gIACyAFIAYgCEGwqsAAEGUACyAIIAlrIQMCQAJAAkACQAJAAkACQAJAAkADQAJAAkACQCADIAVNBEAgCUEBaw4CAgENCyAFQQNqIgAgCE0NAiAFIAAgCEHQqcAAEGUACyAGIAdPDQMgASAGaiADIA5qIgUtAAAiAEECdi0A+51AOgAAIAZBAWoiCiAHTw0EIAEgCmogAEEEdCAFLQABIgVBBHZyQT9xQfudwABqLQAAOgAAIAZBAmoiACAHTw0FIAVBAnRBPHEhBUEDIQkMCgsgBiAHTw0FQQIhCSABIAZqIAMgDmotAAAiBUECdi0A+51AOgAAIAcgBkEBaiIASwRAIAVBBHRBMHEhBQwKCyAAIAdBwKnAABDmAQALIAJBCGogBiAGQQRqIgYgASAHQeCpwAAQlQIgAigCDCIERQ0FIAIoAggiDSAFIA5qIgotAAAiBUECdi0A+51AOgAAIARBAUYNBiANIAVBBHQgCkEBai0AACIFQQR2ckE/cUH7ncAAai0AADoAASAEQQNJDQcgDSAFQQJ0IApBAmotAAAiBUEGdnJBP3FB+53AAGotAAA6AAIgBEEDRwRAIA0gBUE/cS0A+51AOgADIAAhBQwBCwtBA0EDQaCqwAAQ5gEACyAGIAdBgKnAABDmAQALIAogB0GQqcAAEOYBAAsgACAHQaCpwAAQ5gEACyAGIAdBsKnAABDmAQALQQBBAEHwqcAAEOYBAAtBAUEBQYCqwAAQ5gEAC0ECQQJBkKrAABDmAQALIAAgAWogBS0A+51AOgAAIAYgCWohBgsgBiAHSw0BIAcgBmshCkEAIAZrQQNxIgUhCSAGIQACQANAIAlFDQEgACAHRwRAIAAgAWpBPToAACAJQQFrIQkgAEEBaiEADAELCyAKIApB8KjAABDmAQALIAUgBkF/c0sNAiACQThqIAEgBxBCAkAgAigCOEUEQCAHrSEQIAEhBwwBCyACKQI8IRAgDEGAgICAeEcNBCABIQwLIAJBxABqIAJB2ABqEJkBIAIgEKciBTYCQCACIAytIAetQiCGhDcDOCACQfAAaiIAEJgCIAIgADYCfCACQYgBaiACQfwAahDyASACKAKIASEAAkACQAJAAkACQCACLQCMASIBQQNGDQAgAiABOgCEASACIAA2AoABIAJBgAFqIgFBu6DAAEEFIAcgBRDHASIADQAgAUHAoMAAQQkgAigCSCIJIAIoAkwQxwEiAA0AIAIoAoABKAIAIAItAIQBEPoBIgBFDQELIAIoAnAgAigCdBCoAwwBCyACKAJ0IQAgAigCcCIBQYCAgIB4Rw0BC0HencAAQQlByaDAAEEeENsBIQEgABC4ASACQYCAgIB4NgIgIAIgATYCJCACKAJIIQkgAigCPCEHIAIoAjghDAwBCyACIAIoAng2AiggAiAANgIkIAIgATYCIAsgDCAHEKgDIAIoAkQgCRCoAyACQSxqEPECCyAOIA8QhQMgAkE4aiACQSBqENgBIAIoAjwhACALAn8gAigCOARAQQAhBUEAIQZBAQwBCyACKAJAIQYgACEFQQAhAEEACzYCDCALIAA2AgggCyAGNgIEIAsgBTYCACACQZABaiQADAMLIAYgByAHQYilwAAQZQALIwBBEGsiACQAIABBKjYCBCAAQZilwAA2AgAgACAArUKAgICAsAGENwMIQZqHwAAgAEEIakHEpcAAEIwCAAsgAiAQNwJEIAIgDDYCOCACIAGtIAetQiCGhDcCPEHUpcAAQQwgAkE4akH4pMAAQeClwAAQ0AEACyALKAIAIAsoAgQgCygCCCALKAIMIAtBEGokAAs9AQF/IAAhAQJAAkACQCAALQCYBQ4EAQICAAILIABByAJqIQELIAEQ+QEgACgCkAUQmgMgACgClAUQmgMLCy0BAn8gASgCACICBEAgACACEQIACyABKAIEIgIEQCABKAIIIQMgACACENEBCwsDAAALDgAgACABQcDIwAAQzgMLDgAgACABQZDIwAAQzgMLKgAgASgCAEUEQCABQX82AgAgACABNgIEIAAgAUEEajYCAA8LIAIQrwIAC2cAIAEgA0YEQCABBEAgACACIAH8CgAACw8LIwBBIGsiACQAIAAgAzYCCCAAIAE2AgwgACAAQQxqrUKAgICAgAKENwMYIAAgAEEIaq1CgICAgIAChDcDEEH/mcAAIABBEGogBBCMAgALKwAgAARAIAAgAiADIAEoAhARBAAPCyADEJoDIAIQmgNBhMfAAEEyELgDAAsDAAALAwAACwMAAAsDAAALAwAACwMAAAsDAAALJgEBfyAALQAUIABBAToAFCAAQQhrIQBFBEAgABDHAw8LIAAQ6AILLQAgACgCUCAAKAJUEKgDIAAoAiggACgCLBCoAyAAQdwAahDqASAAQThqEJIDCzEBAX8jAEEQayIDJAAgAyAAIAEQYSIAIAImASAAENMBIAMoAgAgAygCBCADQRBqJAALLQEBfkHQmMEAKQMAIQFB0JjBAEIANwMAIAAgAUIgiD4CBCAAIAGnQQFGNgIACykBAX8jAEGAAWsiAiQAIAIgAUGAAfwKAAAgACACQQEQLCACQYABaiQACycBAX8jAEFAaiICJAAgAiABQcAA/AoAACAAIAJBARAtIAJBQGskAAsgAANAIAEEQCABQQFrIQEgABDEAiAAQegAaiEADAELCwsbAQF/IwBBEGsiASAAQQBHNgIMQQAgASgCDGsLIwEBfyAAQYQISSAAQYAIT3EEfyAABRBhIgEgACUBJgEgAQsLKAEBfyAAKAIAIgEEQCABIAAoAgQQtQIgACgCDCAAKAIIKAIMEQIACwskACAABEAgACACIAEoAhARAQAPCyACEJoDQYTHwABBMhC4AwALJwEBfyABEKIBIgIEQCAAQYCAgIB4NgIYIAAgAjYCAA8LIAAgARA3CycBAX8gARCiASICBEAgAEGAgICAeDYCACAAIAI2AgQPCyAAIAEQbgskAQF/IAEQogEiAgRAIABBAjYCACAAIAI2AgQPCyAAIAEQlwELwAUBCX8jAEEQayIHJAAjAEHgAGsiASQAIAFBPGogABCoAQJAAkAgASgCPCIABEAgACgCACIAKAIMIQUgAUEoaiAAKAIQIgNBBEEMEOMBIAFBADYCUCABIAEoAiwiBjYCTCABIAEoAigiADYCSAJAAkAgACADSQRAIAFBIGogAUHIAGpBACADQQwQlgEgASgCICIAQYGAgIB4RgRAIAEoAlAhAiABKAJMIQYMAgsgASgCJBogABDyAgALIANFDQELIAIgA2ogBUHYAGohBCAGIAJBDGxqIQIDQCABQdQAaiAEQQRrKAIAIAQoAgAQ8AEgAiABKAJcNgIIIAIgASkCVDcCACAEQegAaiEEIAJBDGohAiADQQFrIgMNAAshAgsgASABKQJINwMwIAEgAjYCOCABKAJAIAEoAkQQhgMgASgCOCIGIAEoAjBJBEAgAUEYaiABQTBqIAZBDBCKASABKAIYIgBBgYCAgHhHDQIgASgCOCEGCyAGQQxsIQIgASgCNCIAIQQgACEDA0AgAgRAIAQoAgAgBCgCBCIJIAQoAggQggMhBSAJQQFBARDBASADIAU2AgAgAkEMayECIANBBGohAyAEQQxqIQQMAQsLEKsDIAEgBkEDbDYCVCABIAA2AlggASADIABrQQJ2NgJcEKsDIwBBEGsiBSQAAkACQCABQRBqIgMgAUHUAGoiAigCCCIAIAIoAgBJBH8gBUEIaiACIABBBBCKASAFKAIIIgBBgYCAgHhHDQEgAigCCAUgAAs2AgQgAyACKAIENgIAIAVBEGokAAwBCyAFKAIMGiAAEPICAAsgByABKQMQNwIAIAFB4ABqJAAMAgsgAUEIaiABQTxqEKgCIAEoAggiAEEBIAAbIAEoAgxBACAAGxC4AwALIAEoAhwaIAAQ8gIACyAHKAIAIAcoAgQgB0EQaiQAC7IBAQN/IwBBEGsiAiQAIwBBQGoiASQAIAFBJGoiAyAAEKgBIAEoAiQiAEUEQCABQQhqIAMQqAIgASgCCCIAQQEgABsgASgCDEEAIAAbELgDAAsgASAAKAIAIgApADg3AzAgASAAKQBANwM4IAFBGGoiACABQTBqEJkBIAEoAiggASgCLBCGAyABQRBqIAAQhAIgAiABKQMQNwIAIAFBQGskACACKAIAIAIoAgQgAkEQaiQACyAAIAFBAUYEQCACEJoDCyAAIAI2AgQgACABQQFzNgIACyEAIAAtAABBBWtB/wFxQQFNBEAgACgCBCAAKAIIEKgDCwscACABQQRPBEAgAUEEIAIQ5gEACyAAIAFBBHRqCyAAIAIgAUEQEOsBIQEgACADNgIEIABBACACIAEbNgIACx4AIAIEQCACIAEQ6wIhAQsgACACNgIEIAAgATYCAAsZACAAKAIMBEAgAA8LIAEgABD4ASAAEMEDCxkBAX8gASADRgR/IAAgAiABEOsBBUEBC0ULGQEBfyABIANPBH8gAiAAIAMQ6wEFQQELRQscACAAKQMAIABBCGopAwAgASACQQR0a0EQaxBXC+EBAQN/EGEiBSADJgEgBSEGIwBBMGsiBSQAIAVBGGoiByAAEKgBIAVBEGogASACEKMDIAVBADYCJCAFIAUoAhQiADYCLCAFIAUoAhAiATYCKCAFKAIYIgJFBEAgBhCaAyAFQQhqIAVBJGoQoAIgBSgCCCEBIAUoAgwhAiAFIAcQqAIgBSgCACIAIAEgABsiAUEBIAEbIAUoAgQgAiAAG0EAIAEbELgDAAsgAigCACABIAAgBiAEQQBHEJEBIQIgASAAEIUDIAUoAhwgBSgCIBCGAyAFQTBqJAAgAiUBIAIQ1wELMwEBfiAALQAAQQRHBH8gACkCACEBEJsCIgBCADcCDCAAIAE3AgQgAEEBNgIAIAAFQQALCx0AIAAQngIiAEL//wCDIABCDohCkIABfnxCyAB8CyIAIAAtAABFBEAgAUHixcAAQQUQPA8LIAFB58XAAEEEEDwLGQAgAUEQTwRAIAFBECACEOYBAAsgACABagv+AQEDfxBhIgQgAyYBIAQhBSMAQUBqIgQkACAEQShqIgYgABCoASAEQSBqIAEgAhCjAyAEQQA2AjQgBCAEKAIkIgA2AjwgBCAEKAIgIgE2AjggBCgCKCICRQRAIAUQmgMgBEEQaiAEQTRqEKACIAQoAhAhASAEKAIUIQIgBEEIaiAGEKgCIAQoAggiACABIAAbIgFBASABGyAEKAIMIAIgABtBACABGxC4AwALIARBGGoQfiAEKAIcIQYgAigCACABIAAgBSAEKAIYIgVBAEcQkQEhAiAFIAYQpAMgASAAEIUDIAQoAiwgBCgCMBCGAyAEQUBrJAAgAiUBIAIQ1wELHQAgACABEGEiACACJgEgABBhIgAgAyYBIAAQuwILbAEBfyAAIAAoAgBBAWsiATYCACABRQRAIAAoAhggAEEcaigCABCbAyAAKAIgIgEEQCAAKAIkIAEoAgwRAgALIABBDGoQ7AICQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBKBDRAQsLC0UBAX8gACAAKAIAQQFrIgE2AgAgAUUEQCAAKAIMEOYCAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQRAQ0QELCwshACAAEPECIAAoAgwgACgCEBCoAyAAKAIYIAAoAhwQqAMLaAEBfyAAIAAoAgBBAWsiATYCACABRQRAIABBGGoQrgIgAEEMaiIBKAIAIABBEGooAgAQyQIgACgCCCABKAIAEKkDAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQcgAENEBCwsL8AEBBX8gACAAKAIAQQFrIgE2AgAgAUUEQEEAIQECQCAAKAIYIgJFDQAgACgCDCIBIAAoAhQiAyABQQAgASADTRtrIgNrIgQgAkkEQCACIARrIQUMAQsgAiADaiEBCyAAQRBqKAIAIgIgA0ECdGohBCABIANrIQEDQCABBEAgBCgCABDoAiABQQFrIQEgBEEEaiEEDAEFA0AgBQRAIAIoAgAQ6AIgBUEBayEFIAJBBGohAgwBCwsgACgCDCAAQRBqKAIAQQRBBBDBAQJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEgENEBCwsLCwtFAQF/IAAgACgCAEEBayIBNgIAIAFFBEAgAEEMahDMAgJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEgENEBCwsLWAECfyAAIAAoAgBBAWsiATYCACABRQRAIABBEGooAgAhASAAKAIMIgIEQCACIAEQtQILAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQRgQ0QELCwsXAQF/IAEgABDrAiICRQRAELUDAAsgAgsVACABQQlPBEAgASAAEFgPCyAAEC8LGgAgACgCAARAIAAoAgQQuwMgACgCCBC7AwsLGAAgACAAKQMgIAKtfDcDICAAIAEgAhAtCxgBAn8gACgCACIBBEAgACgCBCABENEBCwsaAQFvIAAlASABIAIQDSEDEGEiACADJgEgAAsaAQFvIAAlASABIAIQGSEDEGEiACADJgEgAAtKAQN/IAAoAgQiAyEBIAAoAgghAgNAIAIEQCABKAIAIAFBBGooAgAQqAMgAkEBayECIAFBIGohAQwBCwsgACgCACADQQRBIBDOAQsPACAABEAQtQMACxCsAwALHQEBfyAAKAIEIgEgACgCCBDJAiAAKAIAIAEQqQMLFAEBfyAAEC8iAUUEQBC1AwALIAELHAAgACgCACAAKAIEEKgDIAAoAgwgACgCEBCoAwscACABKAIAIAAoAgAgACgCBCABKAIEKAIMEQAACxkAIAIgARDrAiEBIAAgAjYCBCAAIAE2AgALFAAgACkDAFBFBEAgAEEIahD5AQsLEgAgACABQQF0QQFyIAIQjAIACxcBAX8gABAeIgE2AgQgACABQQBHNgIACxcBAX8gABAfIgE2AgQgACABQQBHNgIACxcBAX8gABAgIgE2AgQgACABQQBHNgIACxcBAX8gABAhIgE2AgQgACABQQBHNgIACxcAIAAoAgAgASAAKAIEQQxqKAIAEQEACxYBAW8gACABEAshAhBhIgAgAiYBIAALFgEBbyAAJQEQDCEBEGEiACABJgEgAAsWAQFvIAAgARAqIQIQYSIAIAImASAACxYBAW8gACABECshAhBhIgAgAiYBIAALGQAgASgCAEGwycAAQQUgASgCBCgCDBEAAAsRACAAKAIAIgAEQCAAEOMCCwsOACABBEAgACABENEBCwsUACAAIAAoAgBBAWs2AgAgARDkAgsVAQF/IwBBEGsiASAAOgAPIAEtAA8LGQAgASgCAEG248AAQREgASgCBCgCDBEAAAsZACABKAIAQcfjwABBCCABKAIEKAIMEQAACxkAIAEoAgBBo+LAAEEDIAEoAgQoAgwRAAALFQAgASAAKAIAIgAoAgQgACgCCBA8CxkAIAEoAgBBvNnAAEEQIAEoAgQoAgwRAAALGQAgASgCAEGg4sAAQQMgASgCBCgCDBEAAAsZACABKAIAQdDYwABBDiABKAIEKAIMEQAACxkAIAEoAgBBhtjAAEEKIAEoAgQoAgwRAAALFgAgACgCAEGBgICAeEcEQCAAEJIDCwsWACAAKAIAQYCAgIB4RwRAIAAQ6gELCxYAIAAoAgBBgICAgHhHBEAgABD1AgsLGQAgASgCAEH02cAAQRIgASgCBCgCDBEAAAsZACABKAIAQZDYwABBDCABKAIEKAIMEQAACxkAIAEoAgBBhNnAAEEPIAEoAgQoAgwRAAALGQAgASgCAEHh38AAQREgASgCBCgCDBEAAAsTAEHQmMEAIACtQiCGQgGENwMACw4AIAEEQCAAIAEQ0QELCxIAIAEgAkEBEJcCIABBBDoAAAsQACAAQYQITwRAIAAQ1wELCw8AIABBAkcEQCABEJoDCwsUACAAEIQBIAAoAgAgACgCBBCoAwsVACABQajKwABBARCXAiAAQQQ6AAALFAAgACgCACABIAAoAgQoAgwRAQALsAoBA38gACEGQQAhACMAQdAAayIFJAAgBSADNgIIIAUgAjYCBAJ/IAFBgQJPBEBBgAIhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACyAFIAY2AgwgBSAANgIQQQVBACAAIAFJIgcbIQBB3LXAAEEBIAcbDAELIAUgATYCECAFIAY2AgxBAQshByAFIAA2AhggBSAHNgIUAkACQAJAAkACQAJAIAEgAk8EQCABIANJDQYgAiADSw0BIAJFIAEgAk1yDQMgAiAGaiwAAEG/f0oNAyACIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsDQCACIAZqLAAAQb9/Sg0DIAEgAkEBaiICRw0ACyABIQIMAgsgBSAFQRRqrUKAgICAsAGENwM4IAUgBUEMaq1CgICAgLABhDcDMCAFIAVBBGqtQoCAgICAAoQ3AyhB3oDAACAFQShqIAQQjAIACyAFIAVBFGqtQoCAgICwAYQ3A0AgBSAFQQxqrUKAgICAsAGENwM4IAUgBUEIaq1CgICAgIAChDcDMCAFIAVBBGqtQoCAgICAAoQ3AyhBtIDAACAFQShqIAQQjAIACyAFIAA2AhwgBSACNgIgAkAgACACSw0AAkAgAEUNACAAIAFPBEAgACABRg0BDAILIAAgBmosAABBQEgNAQsCQCABIAJNBEAgASACRw0CDAELIAIgBmosAABBv39MDQELIAAgAkYNAiAFAn8gACAGaiIBLAAAIgBBAE4EQCAAQf8BcQwBCyABLQABQT9xIgMgAEEfcSICQQZ0ciAAQV9NDQAaIAEtAAJBP3EgA0EGdHIiAyACQQx0ciAAQXBJDQAaIAJBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnILNgIkIAUgBUEUaq1CgICAgLABhDcDSCAFIAVBDGqtQoCAgICwAYQ3A0AgBSAFQRxqrUKAgICAsAKENwM4IAUgBUEkaq1CgICAgMAChDcDMCAFIAVBBGqtQoCAgICAAoQ3AyhBuoHAACAFQShqIAQQjAIACyAGIAEgACACIAQQnwMACyADRSABIANNcg0CIAMgBmosAABBv39KDQIgAyEAAkADQCAAIAZqLAAAQb9/Sg0BIABBAWsiAA0AC0EAIQALAkADQCADIAZqLAAAQb9/Sg0BIAEgA0EBaiIDRw0ACyABIQMLIAUgADYCHCAFIAM2AiAgACADSw0BAkAgAEUNACAAIAFPBEAgACABRg0BDAMLIAAgBmosAABBQEgNAgsCQCABIANNBEAgASADRw0DDAELIAMgBmosAABBv39MDQILIAAgA0YNACAFAn8gACAGaiIBLAAAIgBBAE4EQCAAQf8BcQwBCyABLQABQT9xIgMgAEEfcSICQQZ0ciAAQV9NDQAaIAEtAAJBP3EgA0EGdHIiAyACQQx0ciAAQXBJDQAaIAJBEnRBgIDwAHEgAS0AA0E/cSADQQZ0cnILNgIkIAUgBUEUaq1CgICAgLABhDcDSCAFIAVBDGqtQoCAgICwAYQ3A0AgBSAFQRxqrUKAgICAsAKENwM4IAUgBUEkaq1CgICAgMAChDcDMCAFIAVBCGqtQoCAgICAAoQ3AyhBi4LAACAFQShqIAQQjAIACyAEEK8DAAsgBiABIAAgAyAEEJ8DAAsgBSAFQRRqrUKAgICAsAGENwM4IAUgBUEMaq1CgICAgLABhDcDMCAFIAVBCGqtQoCAgICAAoQ3AyhBjYHAACAFQShqIAQQjAIACxEAIABBCGsiABDUASAAEOkCCxQCAW8BfxADIQAQYSIBIAAmASABCw8AIAAgASACEHUgABD4AgsQACAAIAI2AgQgACABNgIACwwAIAAEQCABEJoDCwsQACABIAAoAgAgACgCBBA8CxQAQcWhwABBE0HYocAAQcwAENsBCw8AIAAoAgAgACgCBBCoAwsNACAAIAFBAUEBEM4BCw4AIAAgAUEIQegAEM4BCxAAQaTEwABBxwAgABCMAgALDQBBAEEEQQRBDBDBAQsSAEG0p8AAQSNByKfAABCMAgALDwAgAEHYp8AAIAEgAhBHCw8AIABB9LTAACABIAIQRwsPAEHhtcAAQSsgABD5AgALEwBBj7jAAEHdAEHAuMAAEIwCAAsPACAAKAIALQAAIAEQkwELDQAgACABIAIQlwJBAAsPACAAQaCDwQAgASACEEcLDQAgACUBIAElARAaGgsNAEHImMEAQQE6AAAACw4AIAAgAUGoysAAEJkDCw4AIAAgAUHvtMAAEJkDCwkAIAAgARAoAAsLACAAJQEQJ0EARwsLACAAJQEQJkEARwsMACAAEMkDIAAQmgMLDQAgAUGsxsAAQRgQPAsNACABQYzGwABBIBA8CwoAIABBCGsQ6AILCgAgAEEIaxDUAQsKACAAQQhrEOkCCwkAIABBFBDRAQsMACAAKAIAIAEQpQMLCwAgACgCACABEGoLCwAgACABENoBQQALDAAgACABKQIANwMACwoAIAAoAgAQ5wILCgAQmAEgABCJAQsJACAAQQA2AgALCAAgACUBEAgLCAAgACUBEAoLAwAAC2MBAX8jAEEwayIEJAAgBCACNgIMIAQgATYCCCAEIAApAwg3AxggBCAAKQMANwMQIARBDzYCLCAEQcEANgIkIAQgBEEIajYCKCAEIARBEGo2AiAgAyAEQSBqEOgBIARBMGokAAsoAQF/IwBBEGsiAiQAIAIgAkEPaq0gAYQ3AwBBmofAACACIAAQjAIACy0BAX8gAUEIayIDIAMoAgBBAWoiAzYCACADRQRAAAsgACABNgIEIAAgAjYCAAs6AQF/IwBBEGsiAyQAIAMgATYCBCADIAA2AgAgA0ESNgIMIAMgAzYCCCACIANBCGoQ6AEgA0EQaiQAC0ABAX8gASgCACEEIAFBADYCACAEBEAgBEEIaiADIAIQhwEgBBDjAiAAQQA2AgAPCyACEJoDQZCdwABBHBC4AwALC7KSARcAQYCAwAAL5SRGcm9tVXRmOEVycm9yYnl0ZXNlcnJvclV0ZjhFcnJvcnZhbGlkX3VwX3RvZXJyb3JfbGVuDWJlZ2luID4gZW5kICjAAyA+IMAQKSB3aGVuIHNsaWNpbmcgYMABYMAAEXN0YXJ0IGJ5dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAAPZW5kIGJ5dGUgaW5kZXggwBYgaXMgb3V0IG9mIGJvdW5kcyBvZiBgwAFgwAARc3RhcnQgYnl0ZSBpbmRleCDAJiBpcyBub3QgYSBjaGFyIGJvdW5kYXJ5OyBpdCBpcyBpbnNpZGUgwAggKGJ5dGVzIMAGKSBvZiBgwAFgwAAPZW5kIGJ5dGUgaW5kZXggwCYgaXMgbm90IGEgY2hhciBib3VuZGFyeTsgaXQgaXMgaW5zaWRlIMAIIChieXRlcyDABikgb2YgYMABYMAAwAkgbXVzdCBiZSDADCBieXRlcywgZ290IMAAFnNsaWNlIGluZGV4IHN0YXJ0cyBhdCDADSBidXQgZW5kcyBhdCDAACBpbmRleCBvdXQgb2YgYm91bmRzOiB0aGUgbGVuIGlzIMASIGJ1dCB0aGUgaW5kZXggaXMgwAAScmFuZ2Ugc3RhcnQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAQcmFuZ2UgZW5kIGluZGV4IMAiIG91dCBvZiByYW5nZSBmb3Igc2xpY2Ugb2YgbGVuZ3RoIMAAB3N0cmluZyDAAA91bmtub3duIGZpZWxkIGDADGAsIGV4cGVjdGVkIMAAD2ludmFsaWQgbGVuZ3RoIMALLCBleHBlY3RlZCDAAA9pbnZhbGlkIHZhbHVlOiDACywgZXhwZWN0ZWQgwAAOaW52YWxpZCB0eXBlOiDACywgZXhwZWN0ZWQgwAAedGhlIGJ1bmRsZSBoYXMgbm8gaW1hZ2UgbmFtZWQgwAATaW52YWxpZCByZWNpcGllbnQ6IMAAEGFzc2VydGlvbiBgbGVmdCDAFyByaWdodGAgZmFpbGVkCiAgbGVmdDogwAkKIHJpZ2h0OiDAAB1pbnZhbGlkIEFyZ29uMmlkIHBhcmFtZXRlcnM6IMAAE2ludmFsaWQgcHJpbmNpcGFsOiDAABJtYWxmb3JtZWQgYnVuZGxlOiDAABBsaW1pdCBleGNlZWRlZDogwADAAjogwAAmdW5zdXBwb3J0ZWQgcGFuZWxjcnlwdCBmb3JtYXQgdmVyc2lvbiDAFDsgdXBncmFkZSBwYW5lbGNyeXB0AC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvY2VsbC9sYXp5LnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaW5kZXgucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2lub3V0LTAuMi42L3NyYy9pbm91dC5ycwBjb3JlL3NyYy9tYW5pZmVzdC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9mbXQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NoYTItMC4xMS4xL3NyYy9zaGEyNTYvc29mdC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjExLjEvc3JjL3NoYTUxMi9zb2Z0LnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9hZXMtMC45LjQvc3JjL2JhY2tlbmRzL2ZpeHNsaWNlL3V0aWxzLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL2Vycm9yLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL3Nlci5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3N0ci9wYXR0ZXJuLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9qc3BpLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9jaXBoZXItMC41LjIvc3JjL3N0cmVhbS9jb3JlX2FwaS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9zdHJpbmcucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL3F1ZXVlLnJzAGNvcmUvc3JjL2J1bmRsZS5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL3VuaWNvZGUvcHJpbnRhYmxlLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9iYXNlNjQtMC4yMi4xL3NyYy9lbmNvZGUucnMAL3J1c3QvZGVwcy9oYXNoYnJvd24tMC4xNi4xL3NyYy9yYXcvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvZm10L21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvbW9kLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9iYXNlNjQtMC4yMi4xL3NyYy9lbmdpbmUvZ2VuZXJhbF9wdXJwb3NlL21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmFzZTY0LTAuMjIuMS9zcmMvZW5naW5lL21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfY29yZS0xLjAuMjI5L3NyYy9kZS9tb2QucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvcmF3X3ZlYy9tb2QucnMAY29yZS9zcmMvY2h1bmtlZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvdGFzay9zaW5nbGV0aHJlYWQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlX2pzb24tMS4wLjE1NC9zcmMvcmVhZC5ycwAvcnVzdC9kZXBzL2RsbWFsbG9jLTAuMi4xMS9zcmMvZGxtYWxsb2MucnMAd2FzbS1kZWNvZGVyL3NyYy9saWIucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9saWIucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3VuaXZlcnNhbC1oYXNoLTAuNi4xL3NyYy9saWIucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Jsb2NrLWJ1ZmZlci0wLjEyLjEvc3JjL2xpYi5ycwAQZmxvYXRpbmcgcG9pbnQgYMABYAABYMAGYCBvciBgwAFgAAtjaGFyYWN0ZXIgYMABYAAJaW50ZWdlciBgwAFgAAlib29sZWFuIGDAAWAAD21pc3NpbmcgZmllbGQgYMABYAARZHVwbGljYXRlIGZpZWxkIGDAAWAAAWDAAWAAcGFuZWxjcnlwdC92MQAmY29weV9mcm9tX3NsaWNlOiBzb3VyY2Ugc2xpY2UgbGVuZ3RoICjAKykgZG9lcyBub3QgbWF0Y2ggZGVzdGluYXRpb24gc2xpY2UgbGVuZ3RoICjAASkAACcJEABJAAAAAwEAAA8AAAAnCRAASQAAANoAAAAnAAAAZmluaXNoOiBjYWxsYmFja3Mgc2hvdWxkIGJlIFNvbWUnCRAASQAAANsAAAARAAAAZmluaXNoOiByZXN1bHQgc2hvdWxkIGJlIE5vbmUAAAAnCRAASQAAAN8AAAARAAAAYXR0ZW1wdGVkIHRvIHRha2Ugb3duZXJzaGlwIG9mIFJ1c3QgdmFsdWUgd2hpbGUgaXQgd2FzIGJvcnJvd2VkcmVjdXJzaXZlIHVzZSBvZiBhbiBvYmplY3QgZGV0ZWN0ZWQgd2hpY2ggd291bGQgbGVhZCB0byB1bnNhZmUgYWxpYXNpbmcgaW4gcnVzdAAASAAAAAQAAAAEAAAASQAAAEoAAABIAAAABAAAAAQAAABLAAAATAAAAEZuT25jZSBjYWxsZWQgbW9yZSB0aGFuIG9uY2VoZWFkZXJfdmVyaWZpY2F0aW9ubm90X2FfYnVuZGxldW5zdXBwb3J0ZWRfdmVyc2lvbm1hbGZvcm1lZACJCxAAFwAAAF4AAAAlAAAAAQABQUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkrL/////////////////////////////////////////////////////////8+////PzQ1Njc4OTo7PD3/////////AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBn///////8aGxwdHh8gISIjJCUmJygpKissLS4vMDEyM/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////9zbG90c2J1bmRsZV9pZGNhbm5vdCBlbmNvZGUgdGhlIHNsb3Qgc2VjdGlvbmNyeXB0b3N1YnRsZWRlY3J5cHRyYXdBRVMtR0NNiQsQABcAAABVAQAAHAAAAGJyb3dzZXJXZWJDcnlwdG8gcmVmdXNlZCB0byBpbXBvcnQgYW4gQUVTLUdDTSBrZXlvYmplY3RfdmVyaWZpY2F0aW9uaW1hZ2UgZmFpbGVkIHZlcmlmaWNhdGlvbjogaXQgd2FzIG1vZGlmaWVkLCBzd2FwcGVkIG9yIHRydW5jYXRlZCBvbiB0aGUgaG9zdHZhcmlhbnRub19zdWNoX2ltYWdlbm90IGFuIG9iamVjdCBpZHRoZSBidW5kbGUgaGFzIG5vIHN1Y2ggb2JqZWN0AAAAiQsQABcAAAAHAQAAGwAAAFdlYkNyeXB0byBpcyBub3QgYXZhaWxhYmxlIGluIHRoaXMgcGFnZWJhZF9rZXl0aGUga2V5IHNlcnZpY2UgYW5zd2VyZWQgZm9yIGFub3RoZXIgYnVuZGxldGhlIGtleSBzZXJ2aWNlIHNlbnQgYSBrZXkgb2YgdGhlIHdyb25nIGxlbmd0aGNhbm5vdCBlbmNvZGUgZW50cnljYW5ub3QgZW5jb2RlIGNob2ljZXRoZSBicm93c2VyIHJlZnVzZWQgdG8gYnVpbGQgYSBCbG9iY29kZQAAAE0AAAAMAAAABAAAAE4AAABPAAAAUABB8KTAAAv9AgEAAABRAAAAUgAAABQAAAAEAAAAUwAAAGwIEABDAAAAUAAAADMAAAB1c2l6ZSBvdmVyZmxvdyB3aGVuIGNhbGN1bGF0aW5nIGI2NCBsZW5ndGgAAGwIEABDAAAAVwAAAAoAAABJbnZhbGlkIFVURjjJCRAARwAAAH8AAAAkAAAAVAAAAFABAAAIAAAAVQAAAFYAAAAnCRAASQAAAEIBAAAVAAAAVwAAAKACAAAIAAAAWAAAAGNhbGxlZCBgT3B0aW9uOjp1bndyYXBfdGhyb3coKWAgb24gYSBgTm9uZWAgdmFsdWUAAAAnCRAASQAAAA0BAAAkAAAAY2FsbGVkIGBSZXN1bHQ6OnVud3JhcF90aHJvdygpYCBvbiBhbiBgRXJyYCB2YWx1ZQAAABMAAAAMAAAAEwAAAKwOEAC/DhAAyw4QAGNhcGFjaXR5IG92ZXJmbG93AAAAWgoQAFAAAAAcAAAABQAAAFkAAAAMAAAABAAAAFoAAABbAAAAXABB+KfAAAuXDwEAAABdAAAAYSBmb3JtYXR0aW5nIHRyYWl0IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHdoZW4gdGhlIHVuZGVybHlpbmcgc3RyZWFtIGRpZCBub3QAAM4EEABIAAAAjwIAAA4AAABOb25lU29tZWwIEABDAAAAigAAAAkAAABxCRAAVwAAAJYAAAANAAAAcQkQAFcAAACXAAAADQAAAHEJEABXAAAAmgAAAA0AAABxCRAAVwAAAJ4AAAANAAAAcQkQAFcAAACfAAAADQAAAHEJEABXAAAAhwAAACUAAABxCRAAVwAAAIgAAAArAAAAcQkQAFcAAACKAAAADQAAAHEJEABXAAAAiwAAAA0AAABxCRAAVwAAAI0AAAANAAAAcQkQAFcAAACPAAAADQAAAHEJEABXAAAAQAAAABsAAABxCRAAVwAAAEIAAAAgAAAAcQkQAFcAAABOAAAAEQAAAHEJEABXAAAATwAAABEAAABxCRAAVwAAAFAAAAARAAAAcQkQAFcAAABRAAAAEQAAAHEJEABXAAAAUgAAABEAAABxCRAAVwAAAFMAAAARAAAAcQkQAFcAAABUAAAAEQAAAHEJEABXAAAAVQAAABEAAABxCRAAVwAAAFkAAAARAAAAcQkQAFcAAABaAAAAEQAAAHEJEABXAAAAWwAAABEAAABxCRAAVwAAAFwAAAARAAAAcQkQAFcAAABdAAAAEQAAAHEJEABXAAAAXgAAABEAAABxCRAAVwAAAF8AAAARAAAAcQkQAFcAAABgAAAAEQAAAHEJEABXAAAAZAAAABEAAABxCRAAVwAAAGUAAAARAAAAcQkQAFcAAABmAAAAEQAAAHEJEABXAAAAZwAAABEAAABxCRAAVwAAAGgAAAARAAAAcQkQAFcAAABpAAAAEQAAAHEJEABXAAAAagAAABEAAABxCRAAVwAAAGsAAAARAAAAcQkQAFcAAABvAAAAEQAAAHEJEABXAAAAcAAAABEAAABxCRAAVwAAAHEAAAARAAAAcQkQAFcAAAByAAAAEQAAAHEJEABXAAAAcwAAABEAAABxCRAAVwAAAHQAAAARAAAAcQkQAFcAAAB1AAAAEQAAAHEJEABXAAAAdgAAABEAAAAAcAAHAC0BAQECAQIBAUgLMBUQAWUHAgYCAgEEIwEeG1sLOgkJARgEAQkBAwEFKwM7CSoYASA3AQEBBAgEAQMHCgIdAToBAQECBAgBCQEKAhoBAgI5AQQCBAICAwMBHgIDAQsCOQEEBQECBAEUAhYGAQE6AQECAQQIAQcDCgIeATsBAQEMAQkBKAEDATcBAQMFAwEEBwILAh0BOgECAgEBAwMBBAcCCwIcAjkCAQECBAgBCQEKAh0BSAEEAQIDAQEIAVEBAgcMCGIBAgkLB0kCGwEBAQEBNw4BBQECBQsBJAkBZgQBBgECAgIZAgQDEAQNAQICBgEPAQADAAQcAx0CHgJAAgEHCAECCwkBLQMBAXUCIgF2AwQCCQEGA9sCAgE6AQEHAQEBAQIIBgoCATAuAgwUBDAKBAMmCQwCIAQCBjgBAQIDAQEFOAgCApgDAQ0BBwQBBgEDAsZAAAHDIQADjQFgIAAGaQIABAEKIAJQAgABAwEEARkCBQGXAhoSDQEmCBkLAQEsAzABAgQCAgIBJAFDBgICAgIMAQgBLwEzAQEDAgIFAgEBKgIIAe4BAgEEAQABABAQEAACAAHiAZUFAAMBAgUEKAMEAaUCAARBBQACTQZGCzEEewE2DykBAgIKAzEEAgIHAT0DJAUBCD4BDAI0CQEBCAQCAV8DAgQGAQIBnQEDCBUCOQIBAQEBDAEJAQ4HAwVDAQIGAQECAQEDBAMBAQ4CVQgCAwEBFwFRAQIGAQECAQECAQLrAQIEBgIBAhsCVQgCAQECagEBAQIIZQEBAQIEAQUACQEC9QEKBAQBkAQCAgQBIAooBgIECAEJBgIDLg0BAsYBAQMBAckHAQYBAVIWAgcBAgECegYDAQECAQcBAUgCAwEBAQACCwI0BQUDFwEAAQYPAAwDAwAFOwcAAT8EUQELAgACAC4CFwAFAwYICAIHHgSUAwA3BDIIAQ4BFgUBDwAHARECBwECAQVkAaAHAAE9BAAE/gLzAQIBBwIFAQAHbQcAYIDwAAAAAAAABAAAAAQAAABeAAAAIHsgOiAgewosCigoCgopXSB9AAAAAAAADAAAAAQAAABfAAAAYAAAAGEAAACEBhAATwAAAGcGAAAVAAAAhAYQAE8AAACVBgAAFQAAAIQGEABPAAAAlgYAABUAAACEBhAATwAAAHQFAAAoAAAAhAYQAE8AAAB0BQAAEgAAAFsuLi5dY2FsbGVkIGBPcHRpb246OnVud3JhcCgpYCBvbiBhIGBOb25lYCB2YWx1ZT09WwEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAEHRt8AACzMCAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIDAwMDAwMDAwMDAwMDAwMDBAQEBAQAQY+4wAALthFMYXp5Q2VsbCBpbnN0YW5jZSBoYXMgcHJldmlvdXNseSBiZWVuIHBvaXNvbmVkAAAA2gMQAE0AAAB0AQAABQAAAAAGAQEDAQQCBQcHAggICQIKBQsCDgQQARECEgUTHBQBFQIXAhkNHAUdCB8BJAFqBGsCbgKvA7ECvALPAtEC1AzVCdYC1wLaAeAF4QLmAecE6ALuIPAE+AL6BfsBDCc7Pk5Pj56en3uLk5aisrqGsQYHCTY9Plbz0NEEFBg2N1ZXf6qur7014BKHiY6eBA0OERIpMTQ6RUZJSk5PZGWKjI2PtsHDxMbL1ly2txscBwgKCxQXNjk6qKnY2Qk3kJGoBwo7PmZpj5IRb1+/7u9aYrm69Pz/U1Samy4vJyhVnaCho6SnqK26vMQGCwwVHTo/RVGmp8zNoAcZGiIlPj/f5+zv/8XGBCAjJSYoMzg6SEpMUFNVVlhaXF5gY2Vma3N4fX+KpKqvsMDQrq9ub8fd3pNeInsFAwQtA2YDAS8ugIIdAzEPHAQkCR4FKwVEBA4qgKoGJAQkBCgINAtOAzQMgTcJFgoIGDtFOQNjCAkwFgUhAxsFGyY4BEsFLwQKBwkHQCAnBAwJNgM6BRoHBAwHUEk3Mw0zBy4ICgYmAx0IAoDQUhAGCAkhLggqFhomHBQXCU4EJAlEDRkHCgZICCcJdQtCPioGOwUKBlEGAQUQAwULWQgCHWIeSAgKgKZeIkULCgYNEzoGCgYUHCwEF4C5PGRTDEgJCkZFG0gIUw1JBwpWCFgiDgoGRgodA0dJNwMOCAoGOQcKBiwECoD2GQc7Ax1VAQ8yDYObZnULgMSKTGMNhDAQFgqPmwWCR5q5OobGgjkHKgRcBiYKRgooBROBsDqAxlsFNCxLBDkHEUAFCwcJnNYpIGFzof2BMw8BHQYOBAiBjIkEawUNAwkHEI9ggP0DgbQGFw8RD0cJdDyA9gpzCHAVRnoUDBQMVwkZgIeBRwOFQg8VhFAfBgaA1SsFPiEBcC0DGgQCgUAfEToFAYHQKoDWKwQBgMA2CAKA4ID3KUwECgQCgxFETD2AwjwGAQRVBRs0AoEOLARkDFYKgK44HQ0sBAkHAg4GgJqD2QMRAw0DgNoGDAQBDwwEOAgKBigILAQCDgkngVgIHQMLAzsEHgQKB4D7hAUAAQMFBQYGAgcGCAcJEQocCxkMGQ0QDgwPBBADEhITCRYBFwQYARkDGgkbARwCHxYgAysCLQsuATAEMQIyAakCqgSrCPoC+wX+A/8JrXh5i42iMFdYi4yQHN0OD0tM+/wuLz9cXV/ihI2OkZKpsbq7xcbJyt7k5f8ABBESKTE0Nzo7PUlKXYSOkqmxtLq7xsrOz+TlAAQNDhESKTE0OjtFRklKXmRlhJGbncnOzw0RKTo7RUlXW15fZGWNkam0urvFyd/k5fANEUVJZGWAhLK8vr/V1/Dxg4WLpKa+v8XHz9rbSJi9zcbOz0lOT1dZXl+Jjo+xtre/wcbH1xEWF1tc9vf+/4Btcd7fDh9ubxwdX31+rq/e3027vBYXHh9GR05PWFpcXn5/tcXU1dzw8fVyc490dSYuL6evt7/Hz9ffmgBAl5gwjx/O/05PWlsHCA8QJy/u725vNz0/QkVTZ3XIydDR2Nnn/v8AIF8igt8EgkQIGwQGEYGsDoCrBSAHgRwDGQgBBC8ENAQHAwEHBgcRClAPEgdVBwMEHAoJAwgDBwMCAwMDDAQFAwsGAQ4VBU4HGwdXBwIFGAxQBEMDLQMBBBEGDww6BB0lXyBtBGolgMgFgrADGgaC/QNZBxYJGAkUDBQMagYKBhoGWQcrBUYKLAQMBAEDMQssBBoGCwOArAYKBkwUgPQIPAMPAz4FOAgrBYL/ERgILxEtAyIOIQ+AjASCmhYLFYiUBS8FOwcCDhgJgL4idAyA1hqBEAWA4QnyngM3CYFcFIC4CIDdFDwDCgY4CEYIDAZ0Cx4DWgRZCYCDGBwKFglMBICKBqukDBcEMaEEgdomBwwFBYKzICoGTASAjQSAvgMbAw8NFggQAFUAAAAKAAAAKwAAABYIEABVAAAAGgAAADYAAABgYXN5bmMgZm5gIHJlc3VtZWQgYWZ0ZXIgY29tcGxldGlvbgAAAwAAgwQgAJEFYABdE6AAEhcgHwwgYB/vLGArKjDgK2+moCwCqCAtHvsgLgD+YDae/6A2/QEhNwEKYTckDSE4qw6hOS8YITrzHiFLQDShUx5h4VTwamFVT2/hVZ28YVYAz2FXZdGhVwDaIVgA4KFZruIhW+zk4VzQ6GFdIADuXvABf18gICAgMHgwMTIzNDU2Nzg5QUJDREVGZmFsc2V0cnVlANsIEABLAAAAfgsAACYAAADbCBAASwAAAIcLAAAaAAAAUmVmQ2VsbCBhbHJlYWR5IG11dGFibHkgYm9ycm93ZWRSZWZDZWxsIGFscmVhZHkgYm9ycm93ZWRIYXNoIHRhYmxlIGNhcGFjaXR5IG92ZXJmbG93sAgQACoAAAAlAAAAKAAAAGIAAAAEAAAABAAAAGMAAABkAAAAY2xvc3VyZSBpbnZva2VkIHJlY3Vyc2l2ZWx5IG9yIGFmdGVyIGJlaW5nIGRyb3BwZWRpbnRlcm5hbCBlcnJvcjogZW50ZXJlZCB1bnJlYWNoYWJsZSBjb2RlAADaAxAATQAAAP4AAAAuAAAA2gMQAE0AAADtAAAATAAAAKELEABBAAAA+TsAAAEAAABqAAAAawAAAGwAAABtAAAA1AYQAEoAAADIAAAALAAAANQGEABKAAAAuwAAACAAAABuAAAAbwAAAHAAAABxAAAAvwoQAFcAAACcAAAAJQAAALcHEABLAAAAJwAAAC4AAAC3BxAASwAAACoAAAApAAAAtwcQAEsAAABAAAAAGgAAACgEEABPAAAA/AMAADMAAAAoBBAATwAAAAcEAAA3AAAARXJyb3IAAACEBhAATwAAAM0BAAA3AEHQycAACwUBAAAAcwBB4MnAAAsFAQAAAHQAQfDJwAALixEBAAAAdQAAAHVsbHJ1ZWFsc2UAAD4GEABFAAAALAgAACgAAAA+BhAARQAAAC0IAAAwAAAAfSJ7LDoAAAArDBAARgAAALkAAAAnAAAA4wsQAEcAAABrAAAAGQAAAOMLEABHAAAAawAAACgAAABvYmplY3QAAAMIEAASAAAAbgAAABQAAAADCBAAEgAAAHAAAAAeAAAAAwgQABIAAABxAAAAJwAAAAMIEAASAAAAcQAAADQAAABhIHNsb3QgYm9keSBoYXMgdGhlIHdyb25nIGxlbmd0aCBmb3IgaXRzIHR5cGVoZWFkZXIgZW5kcyBpbnNpZGUgYSBzbG90IGJvZHloZWFkZXIgZW5kcyBpbnNpZGUgYSBzbG90c2xvdCBjb3VudCBtdXN0IGJlIGJldHdlZW4gMSBhbmQgMTAyNHJlc2VydmVkIGZsYWdzIGJ5dGUgaXMgbm90IHplcm9oZWFkZXIgaXMgc2hvcnRlciB0aGFuIGl0cyBmaXhlZCBmaWVsZHMAAwgQABIAAACOAQAACwAAAAMIEAASAAAA6QAAAC0AAABtYW5pZmVzdAMIEAASAAAAoAAAACgAAAADCBAAEgAAAKAAAAAwAAAAAwgQABIAAACgAAAAPAAAAAMIEAASAAAAoAAAAEgAAAADCBAAEgAAAK4AAAAfAAAAAwgQABIAAACuAAAADQAAAGhlYWRlciBsZW5ndGggZG9lcyBub3QgbWF0Y2ggaXRzIG1hbmlmZXN0IGxlbmd0aCAodHJ1bmNhdGVkIG9yIHRyYWlsaW5nIGJ5dGVzKW1hbmlmZXN0IGxlbmd0aCBpcyBub3QgYSB2YWxpZCBjaXBoZXJ0ZXh0IGxlbmd0aGhlYWRlciBlbmRzIGJlZm9yZSB0aGUgbWFuaWZlc3QgbGVuZ3RoaGVhZGVyIGxhcmdlciB0aGFuIHRoZSBmb3JtYXQgYWxsb3dzcGFuZWxjcnlwdC92MSBoZWFkZXItbWFjxCcQABgAAACrChAAEwAAAJQBAAAIAAAAqwoQABMAAACGAQAAIQAAAKsKEAATAAAAiAEAAEgAAACrChAAEwAAAI0BAAANAAAAqwoQABMAAABVAAAADwAAAEFFQURfQUVTXzI1Nl9HQ01jMnNwLm9yZy9jaHVua2VkLWVuY3J5cHRpb25AdjErYW4gb2JqZWN0IGlkIGFwcGVhcnMgdHdpY2VvYmplY3QgbGVuZ3RoIGV4Y2VlZHMgMSBUaUJtZWRpYSB0eXBlIGlzIG5vdCBhIHR5cGUvc3VidHlwZSB0b2tlbi8rLS5uYW1ld2lkdGhoZWlnaHR2YXJpYW50c3BsYWNlaG9sZGVywigQAAQAAABcJRAABgAAAMYoEAAFAAAAyygQAAYAAADRKBAACAAAANkoEAALAAAAxigQAAUAAADLKBAABgAAAFwlEAAGAAAAdmVyc2lvbmVudHJpZXMAACwpEAAHAAAAMykQAAcAAABpZGxlbnR5cGUAAABMKRAAAgAAAE4pEAADAAAAUSkQAAQAAABkYXRhUSkQAAQAAABwKRAABAAAALkEEAAUAAAA6gAAADgAAABtYW5pZmVzdCBwYWRkaW5nIGlzIG5vdCBQQURNw4kgemVybyBwYWRkaW5nbWFuaWZlc3QgbGVuZ3RoIGZpZWxkIGV4Y2VlZHMgdGhlIHBsYWludGV4dG1hbmlmZXN0IHBsYWludGV4dCBzaG9ydGVyIHRoYW4gaXRzIGxlbmd0aCBmaWVsZG1hbmlmZXN0IGlzIG5vdCB2YWxpZCBKU09OIG9mIHRoZSBkb2N1bWVudGVkIHNoYXBlcGxhY2Vob2xkZXIgbGFyZ2VyIHRoYW4gNCBLaUJ2YXJpYW50IHdpZHRocyBtdXN0IGJlIG5vbi16ZXJvIGFuZCBzdHJpY3RseSBpbmNyZWFzaW5nbW9yZSB0aGFuIDE2IHZhcmlhbnRzIGluIG9uZSBlbnRyeXdpZHRoIGFuZCBoZWlnaHQgbXVzdCBib3RoIGJlIHByZXNlbnQgYW5kIG5vbi16ZXJvLCBvciBib3RoIGFic2VudGVudHJpZXMgYXJlIG5vdCBzb3J0ZWQgYnkgbmFtZSBvciBhIG5hbWUgcmVwZWF0c2VudHJ5IG5hbWUgbXVzdCBiZSBhIHJlbGF0aXZlIHBhdGggd2l0aG91dCAnLicsICcuLicsIGVtcHR5IHNlZ21lbnRzLCBiYWNrc2xhc2hlcyBvciBjb250cm9sIGNoYXJhY3RlcnNlbnRyeSBuYW1lIGlzIGVtcHR5IG9yIGxvbmdlciB0aGFuIDEwMjQgYnl0ZXNtb3JlIHRoYW4gMTAwMDAwIGVudHJpZXNtYW5pZmVzdCB2ZXJzaW9uIGlzIG5vdCAxLi4uYnVuZGxlIGtleWEgc2VxdWVuY2VzdHJ1Y3QgRW50cnlzdHJ1Y3QgRW50cnkgd2l0aCA2IGVsZW1lbnRzHCwQABwAAAAAAAAACAAAAAQAAAB2AAAAc3RydWN0IFZhcmlhbnRzdHJ1Y3QgVmFyaWFudCB3aXRoIDMgZWxlbWVudHNeLBAAHgAAAHN0cnVjdCBNYW5pZmVzdHN0cnVjdCBNYW5pZmVzdCB3aXRoIDIgZWxlbWVudHMAAJMsEAAfAAAAc3RydWN0IE9iamVjdFJlZnN0cnVjdCBPYmplY3RSZWYgd2l0aCAzIGVsZW1lbnRzzCwQACAAAABzdHJ1Y3QgUGxhY2Vob2xkZXJzdHJ1Y3QgUGxhY2Vob2xkZXIgd2l0aCAyIGVsZW1lbnRzBi0QACIAAAClBRAAUAAAAGYAAAAiAAAApQUQAFAAAABmAAAACQAAAKUFEABQAAAAVgAAABIAAAClBRAAUAAAAFYAAABCAAAA//////////9wLRAAQYjbwAALFXcAAAAMAAAABAAAAHgAAAB5AAAAUABBqNvAAAvKBAEAAABRAAAAYSBEaXNwbGF5IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHVuZXhwZWN0ZWRseQBrBxAASwAAAGQLAAAOAAAAZGVzdCBpcyBvdXQgb2YgYm91bmRzbWlkID4gbGVuAAB4BBAAQAAAAMIAAAAgAAAAeAQQAEAAAADCAAAAKgAAAHgEEABAAAAAwgAAABUAAAB4BBAAQAAAANoAAAAnAAAAeAQQAEAAAADaAAAAKgAAAHgEEABAAAAA2gAAADQAAAB4BBAAQAAAANoAAAA3AAAAeAQQAEAAAADaAAAAHAAAAGRlY3J5cHRpb24gZmFpbGVkOiB3cm9uZyBrZXksIG9yIHRoZSBkYXRhIHdhcyBtb2RpZmllZCwgc3dhcHBlZCBvciB0cnVuY2F0ZWRub3QgYSBwYW5lbGNyeXB0IGJ1bmRsZSAoYmFkIG1hZ2ljIGJ5dGVzKW5vIGtleSBzbG90IGluIHRoaXMgYnVuZGxlIGNhbiBiZSBvcGVuZWQgd2l0aCB0aGUgZ2l2ZW4ga2V5c3RoZSBzeXN0ZW0gcmFuZG9tIG51bWJlciBnZW5lcmF0b3IgZmFpbGVkAAAfBxAASwAAAIAAAAAOAAAAHwcQAEsAAACAAAAAFAAAAB8HEABLAAAAgwAAABcAAABvYmplY3QgaWQgaXMgbm90IDMyIGxvd2VyLWNhc2UgaGV4IGRpZ2l0c29iamVjdCBpZCBpcyBub3QgaGV4U3RyZWFtQ2lwaGVyRXJyb3IAQfzfwAALsQEBAAAAegAAAG51bWJlciBvZiByZW1haW5pbmcgYmxvY2tzIGluc3VmZmljaWVudAAfBxAASwAAAJIAAAAOAAAAAAAAAGfmCWqFrme7cvNuPDr1T6V/Ug5RjGgFm6vZgx8ZzeBbCMm882fmCWo7p8qEha5nuyv4lP5y82488TYdXzr1T6XRguatf1IOUR9sPiuMaAWba71B+6vZgx95IX4TGc3gWwAAAAAAAAAAAQAAAHsAQbjhwAALBQEAAAB7AEHI4cAACwUBAAAAfABB2OHAAAsFAQAAAH0AQejhwAALBQEAAAB+AEH44cAACwUBAAAAfwBBiOLAAAsFAQAAAIAAQZjiwAAL2gEBAAAAgQAAAHUzMnU2NGV4cGxpY2l0IHBhbmljEQoQAEgAAAAkCQAAEgAAAG9uZSBvZiAsIGJ5dGUgYXJyYXlPcHRpb24gdmFsdWVuZXd0eXBlIHN0cnVjdHNlcXVlbmNlbWFwZW51bXVuaXQgdmFyaWFudG5ld3R5cGUgdmFyaWFudHR1cGxlIHZhcmlhbnRzdHJ1Y3QgdmFyaWFudGEgYm9ycm93ZWQgc3RyaW5nYSBzdHJpbmd1dXV1dXV1dWJ0bnVmcnV1dXV1dXV1dXV1dXV1dXV1dQAAIgBBq+TAAAsBXABBz+XAAAvTJzAxMjM0NTY3ODlhYmNkZWZhc3NlcnRpb24gZmFpbGVkOiBzZWxmLmlzX2NoYXJfYm91bmRhcnkobmV3X2xlbikAAAAAAAAA8D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAAAACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAgOA3ecNBQwCg2IVXNHZDAMhOZ23Bq0MAPZFg5FjhQ0CMtXgdrxVEUO/i1uQaS0SS1U0Gz/CARPZK4ccCLbVEtJ3ZeUN46kSRAigsKosgRTUDMrf0rVRFAoT+5HHZiUWBEh8v5yfARSHX5vrgMfRF6oygOVk+KUYksAiI741fRhduBbW1uJNGnMlGIuOmyEYDfNjqm9D+RoJNx3JhQjNH4yB5z/kSaEcbaVdDuBeeR7GhFirTztJHHUqc9IeCB0ilXMPxKWM9SOcZGjf6XXJIYaDgxHj1pkh5yBj21rLcSEx9z1nG7xFJnlxD8LdrRknGM1TspQZ8SVygtLMnhLFJc8ihoDHl5UmPOsoIfl4bSppkfsUOG1FKwP3ddtJhhUowfZUUR7q6Sj5u3WxstPBKzskUiIfhJEtB/Blq6RlaS6k9UOIxUJBLE03kWj5kxEtXYJ3xTX35S224BG6h3C9MRPPC5OTpY0wVsPMdXuSYTBuccKV1Hc9MkWFmh2lyA031+T/pA084TXL4j+PEYm5NR/s5Drv9ok0ZesjRKb3XTZ+YOkZ0rA1OZJ/kq8iLQk49x93Wui53Tgw5lYxp+qxOp0Pd94Ec4k6RlNR1oqMWT7W5SROLTExPERQO7NavgU8WmRGnzBu2T1v/1dC/outPmb+F4rdFIVB/LyfbJZdVUF/78FHv/IpQG502kxXewFBiRAT4mhX1UHtVBbYBWypRbVXDEeF4YFHIKjRWGZeUUXo1wavfvMlRbMFYywsWAFLH8S6+jhs0Ujmuum1yImlSx1kpCQ9rn1Id2Lll6aLTUiROKL+jiwhTrWHyroyuPlMMfVftFy1zU09crehd+KdTY7PYYnX23VMecMddCboSVCVMObWLaEdULp+Hoq5CfVR9w5QlrUmyVFz0+W4Y3OZUc3G4ih6THFXoRrMW89tRVaIYYNzvUoZVyh5406vnu1U/Eytky3DxVQ7YNT3+zCVWEk6DzD1AW1bLENKfJgiRVv6UxkcwSsVWPTq4Wbyc+lZmJBO49aEwV4DtFyZzymRX4Oid7w/9mVeMscL1KT7QV+9dM3O0TQRYazUAkCFhOVjFQgD0ablvWLspgDji06NYKjSgxtrI2Fg1QUh4EfsOWcEoLevqXENZ8XL4pSU0eFmtj3YPL0GuWcwZqmm96OJZP6AUxOyiF1pPyBn1p4tNWjIdMPlId4JafiR8NxsVt1qeLVsFYtrsWoL8WEN9CCJbozsvlJyKVluMCju5Qy2MW5fmxFNKnMFbPSC26FwD9ltNqOMiNIQrXDBJzpWgMmFcfNtBu0h/lVxbUhLqGt/KXHlzS9JwywBdV1DeBk3+NF1t5JVI4D1qXcSuXS2sZqBddRq1OFeA1F0SYeIGbaAJXqt8TSREBEBe1ttgLVUFdF7MErl4qgapXn9X5xZVSN9er5ZQLjWNE19bvOR5gnBIX3LrXRijjH5fJ7M67+UXs1/xXwlr393nX+23y0VX1R1g9FKfi1alUmCxJ4curE6HYJ3xKDpXIr1gApdZhHY18mDD/G8l1MImYfT7yy6Jc1xheH0/vTXIkWHWXI8sQzrGYQw0s/fTyPthhwDQeoRdMWKpAISZ5bRlYtQA5f8eIptihCDvX1P10GKl6Oo3qDIFY8+i5UVSfzpjwYWva5OPcGMyZ5tGeLOkY/5AQlhW4Nljn2gp9zUsEGTGwvN0QzdEZHizMFIURXlkVuC8ZlmWr2Q2DDbg973jZEOPQ9h1rRhlFHNUTtPYTmXsx/QQhEeDZej5MRVlGbhlYXh+Wr4f7mU9C4/41tMiZgzOsrbMiFdmj4Ff5P9qjWb5sLvu32LCZjidauqX+/ZmhkQF5X26LGfUSiOvjvRhZ4kd7FqycZZn6ySn8R4OzGcTdwhX04gBaNeUyiwI6zVoDTr9N8pla2hIRP5inh+haFrVvfuFZ9VosUqtemfBCmmvTqys4LhAaVpi19cY53Rp8TrNDd8gqmnWRKBoi1TgaQxWyEKuaRRqj2t60xmESWpzBllIIOV/agikNy0077NqCo2FOAHr6GpM8KaGwSUfazBWKPSYd1Nru2syMX9ViGuqBn/93mq+aypkb17LAvNrNT0LNn7DJ2yCDI7DXbRdbNHHOJq6kJJsxvnGQOk0x2w3uPiQIwL9bCNzmzpWITJt609CyaupZm3m45K7FlScbXDOOzWOtNFtDMKKwrEhBm6Pci0zHqo7bpln/N9SSnFuf4H7l+ecpW7fYfp9IQTbbix9vO6U4hBvdpxrKjobRW+Ugwa1CGJ6bz0SJHFFfbBvzBZtzZac5G9/XMiAvMMZcM85fdBVGlBwQ4icROsghHBUqsMVJim5cOmUNJtvc+9wEd0AwSWoI3FWFEExL5JYcWtZkf26to5x49d63jQyw3HcjRkWwv73cVPxn5ty/i1y1PZDoQe/YnKJ9JSJyW6Xcqsx+ut7Ss1yC198c41OAnPNdlvQMOI2c4FUcgS9mmxz0HTHIrbgoXMEUnmr41jWc4amV5Yc7wt0FMj23XF1QXQYenRVztJ1dJ6Y0eqBR6t0Y//CMrEM4XQ8v3N/3U8VdQuvUN/Uo0p1Z22SC2WmgHXACHdO/s+0dfHKFOL9A+p11v5MrX5CIHaMPqBYHlNUdi9OyO7lZ4l2u2F6at/Bv3YVfYyiK9nzdlqcL4t2zyh3cIP7LVQDX3cmMr2cFGKTd7B+7MOZOsh3XJ7nNEBJ/nf5whAhyO0yeLjzVCk6qWd4pTCqs4iTnXhnXkpwNXzSeAH2XMxCGwd5gjN0fxPiPHkxoKgvTA1yeT3IkjufkKZ5TXp3Csc03HlwrIpm/KAReoxXLYA7CUZ6b604YIqLe3plbCN8Njexen9HLBsEheV6Xln3IUXmGnvblzo1689Qe9I9iQLmA4V7Ro0rg99EuntMOPuxC2vwe18Gep7OhSR89ocYRkKnWXz6VM9riQiQfDgqw8arCsR8x/RzuFYN+Xz48ZBmrFAvfTuXGsBrkmN9Cj0hsAZ3mH1MjClcyJTOfbD3mTn9HAN+nHUAiDzkN34DkwCqS91tfuJbQEpPqqJ+2nLQHONU136QjwTkGyoNf7rZgm5ROkJ/KZAjyuXIdn8zdKw8H3usf6DI64XzzOF/bnVsbP///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////wAAAQACAAMABAAFAAYABwAIAAkA//////////////////8KAAsADAANAA4ADwD/////////////////////////////////////////////////////////////////////CgALAAwADQAOAA8A////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////AAAQACAAMABAAFAAYABwAIAAkAD//////////////////6AAsADAANAA4ADwAP////////////////////////////////////////////////////////////////////+gALAAwADQAOAA8AD///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////8XCxAARgAAAM4BAAAaAAAAFwsQAEYAAADUAQAAHwAAABcLEABGAAAAGwIAABMAAAAXCxAARgAAACQCAAA+AAAAFwsQAEYAAAAgAgAAMwAAABcLEABGAAAAKgIAADoAAAAXCxAARgAAAMEBAABFAAAAIGF0IGxpbmUgAAAA9gUQAEcAAAD3AQAAIQAAAPYFEABHAAAA+wEAAAwAAAAgY29sdW1uIPYFEABHAAAAAgIAACEAAAD2BRAARwAAAAsCAAAqAAAA9gUQAEcAAAAPAgAALAAAAPYFEABHAAAAFAIAAAkAAAB3AAAADAAAAAQAAACCAAAAgwAAAFAAAACEBhAATwAAADwGAAAUAAAAhAYQAE8AAAA8BgAAIQAAAIQGEABPAAAAMAYAABQAAACEBhAATwAAADAGAAAhAAAAFwsQAEYAAACJAgAAGQAAAJgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccYXBRAARgAAAA0AAAAaAAAAFwUQAEYAAAANAAAAIwAAACKuKNeYL4pCzWXvI5FEN3EvO03sz/vAtbzbiYGl27XpOLVI81vCVjkZ0AW28RHxWZtPGa+kgj+SGIFt2tVeHKtCAgOjmKoH2L5vcEUBW4MSjLLkTr6FMSTitP/Vw30MVW+Je/J0Xb5ysZYWO/6x3oA1Esclpwbcm5Qmac908ZvB0krxnsFpm+TjJU84hke+77XVjIvGncEPZZysd8yhDCR1AitZbyzpLYPkpm6qhHRK1PtBvdypsFy1UxGD2oj5dqvfZu5SUT6YEDK0LW3GMag/IfuYyCcDsOQO777Hf1m/wo+oPfML4MYlpwqTR5Gn1W+CA+BRY8oGcG4OCmcpKRT8L9JGhQq3JybJJlw4IRsu7SrEWvxtLE3fs5WdEw04U95jr4tUcwplqLJ3PLsKanbmru1HLsnCgTs1ghSFLHKSZAPxTKHov6IBMEK8S2YaqJGX+NBwi0vCML5UBqNRbMcYUu/WGeiS0RCpZVUkBpnWKiBxV4U1DvS40bsycKBqEMjQ0rgWwaQZU6tBUQhsNx6Z647fTHdIJ6hIm+G1vLA0Y1rJxbMMHDnLikHjSqrYTnPjY3dPypxbo7iy1vNvLmj8su9d7oKPdGAvF0NvY6V4cqvwoRR4yITsOWQaCALHjCgeYyP6/76Q6b2C3utsUKQVecay96P5vitTcuPyeHHGnGEm6s4+J8oHwsAhx7iG0R7r4M3WfdrqeNFu7n9PffW6bxdyqmfwBqaYyKLFfWMKrg35vgSYPxEbRxwTNQtxG4R9BCP1d9sokyTHQHuryjK8vskVCr6ePEwNEJzEZx1DtkI+y77UxUwqfmX8nCl/Wez61jqrb8tfF1hHSowZRGxeBRAARgAAAA4AAAAaAAAAXgUQAEYAAAAOAAAAIwAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAAF4LEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAABeCxAAKgAAALcEAAANAAAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AFoKEABQAAAALAMAAAkAAABpbmYtaW5mTmFOAEGvjcEAC+oGgAAAAAAAAACgAAAAAAAAAMgAAAAAAAAA+gAAAAAAAECcAAAAAAAAUMMAAAAAAAAk9AAAAAAAgJaYAAAAAAAgvL4AAAAAAChr7gAAAAAA+QKVAAAAAEC3Q7oAAAAAEKXU6AAAAAAq54SRAAAAgPQg5rUAAACgMalf4wAAAAS/yRuOAAAAxS68orEAAEB2OmsL3gAA6IkEI8eKAABirMXreK0AgHoXtybX2ACQrG4yeIaHALRXCj8WaKkAoe3MzhvC06CEFEBhUVmEyKUZkLmlb6U6DyD0J4/Lzm8bjigQVI6v2k3kXq7w7AdK+5/0mCdEsZ13Qd/PEc2ZB++ZhQs//rIVqrTc5qcfhmO+WgYLpby0qlNrdXoH7Q8IvywpVWR/tkPVsRdMyDsa+zvvacKHRrhCp+5AT1FdPevd5FBGGhK6E+RsYWJN85Lqryi27ybiu4w2VQr3iQSJD2DLBem4tr0hycG7h+kAVJZfmoR424+/NNC9cgRSmN4nipKVAJptwZSCFw88Bbd1AAAAAAAAUMMAAAAAAAAAAAXjTDYSGTfFAAAAAAAAKGzWqoCd7/Aix/Z+ubfSOk1CTMhx1W2TE8nqOB7NGTq8AxxVqwGADAnLxiwH07/1rVyhkAgTN2gDzRCMesOHqNs2Lu8HEsKyAs+89ANe5Gf5lMeF12lu+AbRUrq+Adc2M+F8oBw0qEUQ01GgCRIRSN4eMVZ4hfqmHtVmpT5/InQqVTPxyroPKTLXlkCtR3kXfKl0CDjHsdhK2bwieK6BUjcYPzZOCkAYAAAAZAAAQAAgJAAAAAAAAAAMgBPIgh/gTF4P9jDXGwAAAAAAAAD8//fN2AGCbtE/zUABJWTbDQ0AAAAkBBRAOHFTtB14EQAAAAAwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OZAEAABQAAAAhABBnJTBAAspAgAAAGUAAAACAAAAZgAAAAIAAABnAAAAAgAAAGgAAAAAAAAAaQAAAHIAQdCUwQALCQIAAACEAAAABACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=';
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
