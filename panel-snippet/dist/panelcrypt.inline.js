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
const WASM_BASE64 = 'AGFzbQEAAAAB1ANBYAN/f38Bf2ACf38Bf2ABfwBgAn9/AGADf39/AGAEf39/fwBgAX8Bf2AFf39/f38AYAABf2AEf39/fwF/YAAAYAFvAX9gBn9/f39/fwBgBX9/f39/AX9gAn9/AW9gAW8Bb2ACb28Bb2AFf39/fn8AYAJ/fgBgAAR/f39/YAACf39gA29vbwFvYAABb2ADb39/AGABbwBgA29/fwFvYAN/fn4AYAZ/f39/f38Bf2ADf39/AX5gAX4BfmABfwJ/f2ADb29vAX9gCG9/f29/f39vAW9gBG9/f38Bb2ABfwFvYAJvbwBgBG9vb28Bb2ADb39vAGACb38Bb2ACb28Bf2ADf39vAGAEf35+fwBgA35+fwF+YAR/f39+AGALf39/f39/f39/f38Bf2ADf39+AX9gBn9/f35/fwBgBn9/f31/fwBgBn9/f3x/fwBgBH9+fn4AYAZ/f39/f38Df39/YAR/f39/BH9/f39gA39/fwR/f39/YAJ/fwR/f39/YAV/f31/fwBgBX9/fH9/AX9gBX9/fH9/AGAFf39+f38Bf2AFf39+f38AYAV/f31/fwF/YAN/f28Cf39gBX9/f29/AW9gBH9/f28Bb2AEf39vbwBgAAN/f38ClhUsFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fNjU2ZjI1M2E1ZGQ3ZDhlYQAVFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX2luc3RhbmNlb2ZfU3VidGxlQ3J5cHRvXzcyZGQ2ODVhMTA3YjRiNWYACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyBfX3diZ19uZXdfdHlwZWRfZTA5ZGE5ZGFlNmVlNTkzNQAOFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld19jZDQzNDgyOTBhZmFlNTg2ABYXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMfX193Ymdfc2V0X3R5cGVfNjA5YjBjZWE2NDI5ZDdiYgAXFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzQl9fd2JnX25ld193aXRoX2J1ZmZlcl9zb3VyY2Vfc2VxdWVuY2VfYW5kX29wdGlvbnNfZWE4MGJhZjJiYzdhYzMzYQAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX25ld183ODdiOWZiMzMwZDU1ZDc4AA4XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193Ymdfc2V0XzI3OTM0Nzk4ODgzMjljYjYAHxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyRfX3diZ19fd2JnX2NiX3VucmVmXzA5NzM2ODc5YTNmNjc1NTkAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxtfX3diZ19jYWxsX2E0MTBlYjRiNTllZDU5NjUAFRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19sZW5ndGhfMTg2MTYzMjEyZmZlNzljMwALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzH19fd2JnX3N1YmFycmF5XzU4ZjM4OGE5MjQ3YWMwYmIAGRcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyVfX3diZ19uZXdfZnJvbV9zbGljZV9iOGRhZjU0NWE0MWM2YWEwAA4XLi9wYW5lbGNyeXB0X3dhc21fYmcuanMZX193Ymdfb2ZfMDI3ZWIxNTM3MWFhYzkzMgAPFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIF9fd2JnX2ltcG9ydEtleV9kOGRiNTIxYTk4ZWExOTkxACAXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMbX193YmdfZmlsbF82YWIyZmZhYjQ3Y2FkN2FiACEXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMmX193YmdfbmV3X3dpdGhfbGVuZ3RoX2EzZGM2MmRlYTZlMmUxNTgAIhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19hbGxfNzlhNzBhNGI2YWNhNmY5ZQAPFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzH19fd2JnX3NldF9uYW1lX2NhZDYxYjQzNDgzZjg3MjcAFxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx1fX3diZ19zZXRfaXZfZWQ1Mzg1MDUyZWM0ZTEyNQAjFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzHl9fd2JnX2RlY3J5cHRfNWNlY2ZiMzQ2NmIwNmZkOAAkFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzGl9fd2JnX3NldF9kMmQzM2I1MjQ1OGU5ODRhACUXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMaX193YmdfbmV3XzM3ZWI0NWFhZjVlZWI4MjAAFhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfZDcxNzZjZmI3NmQ3MTExNAAmFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzIV9fd2JnX2J5dGVMZW5ndGhfZmE0OGYyNDgxNGY1ZWY0NgALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzNl9fd2JnX25ld193aXRoX2J5dGVfb2Zmc2V0X2FuZF9sZW5ndGhfM2NkMzIwNTVhNDE3ZjA5NQAZFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3B1c2hfYzlmNDg5M2ZjMjA5Zjc2OAAnFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzFlODUwM2E4YTY5MGYwYTMADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19fX3diaW5kZ2VuX2lzX2Z1bmN0aW9uXzc0MWZmMmJiNjEyODM2ZjUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx5fX3diZ19yZXNvbHZlX2RiZjc4YWI0OTQyNDc4YjAADxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcy1fX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX2U0MjkzZmIyMmNiZTc3ZGEACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qczJfX3diZ19zdGF0aWNfYWNjZXNzb3JfR0xPQkFMX1RISVNfMDAzZWU4MzNhZjk2OTlmYwAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLV9fd2JnX3N0YXRpY19hY2Nlc3Nvcl9XSU5ET1dfYjVlMDgxMGJmZWNiN2ZlYgAIFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzK19fd2JnX3N0YXRpY19hY2Nlc3Nvcl9TRUxGXzUzYmIyMDQ1NzQwMTQ1M2QACBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19wcm90b3R5cGVzZXRjYWxsXzEzMTYyOTY1ZDFmZTdhYTMAKBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcxpfX3diZ19nZXRfMjA4MGM0OTAxNWUzNTI1NAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzG19fd2JnX3RoZW5fZTNmN2YyZDM2NTcwOGJlOAAQFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzJV9fd2JnX3F1ZXVlTWljcm90YXNrXzRhMWE0ZDhkZDMzMjM3M2IAGBcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcylfX3diZ19fX3diaW5kZ2VuX2lzX251bGxfYzIyMzExYjFjYzIyOGUzYQALFy4vcGFuZWxjcnlwdF93YXNtX2JnLmpzLl9fd2JnX19fd2JpbmRnZW5faXNfdW5kZWZpbmVkX2JlNWIzNDI0OWZmMWZjMTUACxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcydfX3diZ19fX3diaW5kZ2VuX3Rocm93XzRjODhkOGJmMjY0ZmQ5ODQAAxcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcx9fX3diaW5kZ2VuX2luaXRfZXh0ZXJucmVmX3RhYmxlAAoXLi9wYW5lbGNyeXB0X3dhc21fYmcuanMjX193YmluZGdlbl9nZW5lcmljXzAwMDAwMDAwMDAwMDAwMDEADhcuL3BhbmVsY3J5cHRfd2FzbV9iZy5qcyNfX3diaW5kZ2VuX2dlbmVyaWNfMDAwMDAwMDAwMDAwMDAwMgAOA6cDpQMEBAMGBAEDDBoDBgMBBAMEAAkBBwQCBAICAAQJGwApAwEEAAQDAxEFAwMDKgEEAwMMAQQEEQgEAQMFAw0BBAEEAQEDBwEBBgEHBAQDAQQrAQcEAhEEBAMDAgQDBAMCBQYSCCwGDQQBAwcHAwoDDAADBQYBDQQFBgUDAwwDAwMDHAIEAxoHAy0EBQIMAgIAAgUSAAQCBQQCBQUJDQQuLzAAAAUDBwMBBQIDAQIDCQMJAQIFMQIABwUCAQQEAwEDAgAEBAQEBAIDBAEDAQEBAgEDAwECAwEBAwIDBAQBAQIJBAgBAwIABAQCDAcEAg0ECAMDAx0CAxsDAzIzAAkDBwIIBDQCAgIDAzUCAw0DAwQHBQk2Nzg5OjsCAjwCAwMDBgYCAAMDAx4eBAIABQQBCQkcPQYdAQA+PwICAgICAgIBAQIEAgAAAgICBgIBBAIEAgICAgEBBgEBAQIDAwYBAQEBAQEBAQICAgEBAQECBAQCAwMCAQcCCAQEAwEIAgMDAgoKAAACCgEAAAMKAwMDBgYCAQECAgICAQEBAwICAwIGCgkSBAAFBAsCcAGFAYUBbwCECAUDAQARBhkDfwFBgIDAAAt/AEGElMEAC38AQZyYwQALB9kEGQZtZW1vcnkCABFfX3diZ19idW5kbGVfZnJlZQCOAhBidW5kbGVfYnVuZGxlX2lkANICDWJ1bmRsZV9jaG9vc2UApQIOYnVuZGxlX2RlY3J5cHQA4QITYnVuZGxlX2RlY3J5cHRfd2l0aADcAgxidW5kbGVfZW50cnkArQIMYnVuZGxlX25hbWVzANECC2J1bmRsZV9vcGVuAKQCDWhhc193ZWJjcnlwdG8AqwIMc2xvdF9zZWN0aW9uALMCD19fYWJvcnRfaGFuZGxlcgMBFV9faW5zdGFuY2VfdGVybWluYXRlZAMCPXdhc21fYmluZGdlbl9fY29udmVydF9fY2xvc3VyZXNfX19fX2ludm9rZV9faDNkY2E3NGQxZWZkMDllZjAA4gI9d2FzbV9iaW5kZ2VuX19jb252ZXJ0X19jbG9zdXJlc19fX19faW52b2tlX19oOTNlMDZhMzJjMjU3YzY0NwDFAhRfX3diaW5kZ2VuX2V4bl9zdG9yZQCXAxdfX2V4dGVybnJlZl90YWJsZV9hbGxvYwBhFV9fd2JpbmRnZW5fZXh0ZXJucmVmcwEBGl9fd2JpbmRnZW5fZGVzdHJveV9jbG9zdXJlAKMCD19fd2JpbmRnZW5fZnJlZQCYAxFfX3diaW5kZ2VuX21hbGxvYwCBAhJfX3diaW5kZ2VuX3JlYWxsb2MAigIZX19leHRlcm5yZWZfdGFibGVfZGVhbGxvYwDWARZfX2V4dGVybnJlZl9kcm9wX3NsaWNlALICEF9fd2JpbmRnZW5fc3RhcnQAKQn7AQEAQQELhAFd9gF7cSqxA8IDwwOLA54DpQMrPrwD/gJqbKUDTJ4BvQPSAbABoQK8ArwCtgLNArABwAK2ArYCtgK2AbwCvgKwAcICsAG2AcoBvQLBArYBwwGwAbYBsAHIAbAByQG2AbABsAGwAb8CuwKwAbYCtgLNAsMBsAHBATjfAmhjcMUDyAOEA5IChgKRAoUCpwOQAnOzA4MDpwP9AfgCogN1tAIx7gLgAW2tA4MDeEX0Aa4DxgOZAl77Av0C+gL8Ao0BuAKgA78DwAO3AsMCjwK+A7UBjQOKA4gD9gKnA5ACxAOWA48DiQOUA5MDlQOOA4wDsgPVAcsDDAEYCrnLB6UDxk4CWX4DfyMAQZABayJcJAAgASACQQd0aiFdIAApAzghDCAAKQMwIUogACkDKCFGIAApAyAhGCAAKQMYIVIgACkDECFHIAApAwghPyAAKQMAIRcCQANAIAEgXUcEQEEAIQIDQCACQYABRwRAIFxBCGogAiABQYABQdiKwQAQqQIgXCgCDCJeQQdNDQQgXEEQaiACaiBcKAIIKQAAIgNCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQ3AwAgAkEIaiECDAELC0HAisEAKQMAIVZByIrBACkDACFXQdCKwQApAwAhWCAAIAwgXCkDiAEiBSBcKQNYIhsgXCkDECJIIFwpAxgiCkI/iSAKQjiJhSAKQgeIhXx8IFwpA4ABIgNCLYkgA0IDiYUgA0IGiIV8IgRCP4kgBEI4iYUgBEIHiIV8IFwpA2AiQCAKIFwpAyAiC0I/iSALQjiJhSALQgeIhXx8IAVCLYkgBUIDiYUgBUIGiIV8IgYgXCkDUCIUIBtCP4kgG0I4iYUgG0IHiIV8fCAFIFwpA0AiRCBcKQNIIhVCP4kgFUI4iYUgFUIHiIV8fCBcKQN4IkkgXCkDMCIPIFwpAzgiRUI/iSBFQjiJhSBFQgeIhXx8IFwpA2giQSALIFwpAygiEUI/iSARQjiJhSARQgeIhXx8IARCLYkgBEIDiYUgBEIGiIV8IgdCLYkgB0IDiYUgB0IGiIV8IghCLYkgCEIDiYUgCEIGiIV8IglCLYkgCUIDiYUgCUIGiIV8Ig18IEkgA0I/iSADQjiJhSADQgeIhXwgCXwgQSBcKQNwIkJCP4kgQkI4iYUgQkIHiIV8IAh8IBsgQEI/iSBAQjiJhSBAQgeIhXwgB3wgFSAUQj+JIBRCOImFIBRCB4iFfCAEfCADIEUgREI/iSBEQjiJhSBEQgeIhXx8IEIgESAPQj+JIA9COImFIA9CB4iFfHwgBkItiSAGQgOJhSAGQgaIhXwiDkItiSAOQgOJhSAOQgaIhXwiEEItiSAQQgOJhSAQQgaIhXwiEkItiSASQgOJhSASQgaIhXwiE0ItiSATQgOJhSATQgaIhXwiFkItiSAWQgOJhSAWQgaIhXwiGUItiSAZQgOJhSAZQgaIhXwiGkI/iSAaQjiJhSAaQgeIhSADIAVCP4kgBUI4iYUgBUIHiIV8IBJ8IEIgSUI/iSBJQjiJhSBJQgeIhXwgEHwgQCBBQj+JIEFCOImFIEFCB4iFfCAOfCANQi2JIA1CA4mFIA1CBoiFfCIcQi2JIBxCA4mFIBxCBoiFfCIdQi2JIB1CA4mFIB1CBoiFfCIefCAGQj+JIAZCOImFIAZCB4iFIAR8IBN8IB5CLYkgHkIDiYUgHkIGiIV8Ih8gDUI/iSANQjiJhSANQgeIhSASfHwgCUI/iSAJQjiJhSAJQgeIhSAQfCAefCAIQj+JIAhCOImFIAhCB4iFIA58IB18IAdCP4kgB0I4iYUgB0IHiIUgBnwgHHwgGkItiSAaQgOJhSAaQgaIhXwiIEItiSAgQgOJhSAgQgaIhXwiIUItiSAhQgOJhSAhQgaIhXwiIkItiSAiQgOJhSAiQgaIhXwiI3wgGUI/iSAZQjiJhSAZQgeIhSAdfCAifCAWQj+JIBZCOImFIBZCB4iFIBx8ICF8IBNCP4kgE0I4iYUgE0IHiIUgDXwgIHwgEkI/iSASQjiJhSASQgeIhSAJfCAafCAQQj+JIBBCOImFIBBCB4iFIAh8IBl8IA5CP4kgDkI4iYUgDkIHiIUgB3wgFnwgH0ItiSAfQgOJhSAfQgaIhXwiJEItiSAkQgOJhSAkQgaIhXwiJUItiSAlQgOJhSAlQgaIhXwiJkItiSAmQgOJhSAmQgaIhXwiJ0ItiSAnQgOJhSAnQgaIhXwiKEItiSAoQgOJhSAoQgaIhXwiKUItiSApQgOJhSApQgaIhXwiKkI/iSAqQjiJhSAqQgeIhSAeQj+JIB5COImFIB5CB4iFIBl8ICZ8IB1CP4kgHUI4iYUgHUIHiIUgFnwgJXwgHEI/iSAcQjiJhSAcQgeIhSATfCAkfCAjQi2JICNCA4mFICNCBoiFfCIrQi2JICtCA4mFICtCBoiFfCIsQi2JICxCA4mFICxCBoiFfCItfCAfQj+JIB9COImFIB9CB4iFIBp8ICd8IC1CLYkgLUIDiYUgLUIGiIV8Ii4gI0I/iSAjQjiJhSAjQgeIhSAmfHwgIkI/iSAiQjiJhSAiQgeIhSAlfCAtfCAhQj+JICFCOImFICFCB4iFICR8ICx8ICBCP4kgIEI4iYUgIEIHiIUgH3wgK3wgKkItiSAqQgOJhSAqQgaIhXwiL0ItiSAvQgOJhSAvQgaIhXwiMEItiSAwQgOJhSAwQgaIhXwiMUItiSAxQgOJhSAxQgaIhXwiMnwgKUI/iSApQjiJhSApQgeIhSAsfCAxfCAoQj+JIChCOImFIChCB4iFICt8IDB8ICdCP4kgJ0I4iYUgJ0IHiIUgI3wgL3wgJkI/iSAmQjiJhSAmQgeIhSAifCAqfCAlQj+JICVCOImFICVCB4iFICF8ICl8ICRCP4kgJEI4iYUgJEIHiIUgIHwgKHwgLkItiSAuQgOJhSAuQgaIhXwiM0ItiSAzQgOJhSAzQgaIhXwiNEItiSA0QgOJhSA0QgaIhXwiNUItiSA1QgOJhSA1QgaIhXwiNkItiSA2QgOJhSA2QgaIhXwiN0ItiSA3QgOJhSA3QgaIhXwiOEItiSA4QgOJhSA4QgaIhXwiOUI/iSA5QjiJhSA5QgeIhSAtQj+JIC1COImFIC1CB4iFICl8IDV8ICxCP4kgLEI4iYUgLEIHiIUgKHwgNHwgK0I/iSArQjiJhSArQgeIhSAnfCAzfCAyQi2JIDJCA4mFIDJCBoiFfCI6Qi2JIDpCA4mFIDpCBoiFfCI7Qi2JIDtCA4mFIDtCBoiFfCI8fCAuQj+JIC5COImFIC5CB4iFICp8IDZ8IDxCLYkgPEIDiYUgPEIGiIV8Ij0gMkI/iSAyQjiJhSAyQgeIhSA1fHwgMUI/iSAxQjiJhSAxQgeIhSA0fCA8fCAwQj+JIDBCOImFIDBCB4iFIDN8IDt8IC9CP4kgL0I4iYUgL0IHiIUgLnwgOnwgOUItiSA5QgOJhSA5QgaIhXwiPkItiSA+QgOJhSA+QgaIhXwiS0ItiSBLQgOJhSBLQgaIhXwiTEItiSBMQgOJhSBMQgaIhXwiTXwgOEI/iSA4QjiJhSA4QgeIhSA7fCBMfCA3Qj+JIDdCOImFIDdCB4iFIDp8IEt8IDZCP4kgNkI4iYUgNkIHiIUgMnwgPnwgNUI/iSA1QjiJhSA1QgeIhSAxfCA5fCA0Qj+JIDRCOImFIDRCB4iFIDB8IDh8IDNCP4kgM0I4iYUgM0IHiIUgL3wgN3wgPUItiSA9QgOJhSA9QgaIhXwiQ0ItiSBDQgOJhSBDQgaIhXwiTkItiSBOQgOJhSBOQgaIhXwiT0ItiSBPQgOJhSBPQgaIhXwiUEItiSBQQgOJhSBQQgaIhXwiUUItiSBRQgOJhSBRQgaIhXwiU0ItiSBTQgOJhSBTQgaIhXwiVEG4isEAKQMAfEH4hcEAKQMAIA9B2IXBACkDACBIIBggRoMgDHwgSiAYQn+Fg3wgGEIyiSAYQi6JhSAYQheJhXx8fCJIIFJ8Igx8fEHghcEAKQMAIAogSnx8IEYgDEJ/hYN8IAwgGIN8IAxCMokgDEIuiYUgDEIXiYV8IlUgR3wiCkHwhcEAKQMAIBEgGHx8IAxB6IXBACkDACALIEZ8fCAYIApCf4WDfCAKIAyDfCAKQjKJIApCLomFIApCF4mFfCJZID98IgtCf4WDfCAKIAuDfCALQjKJIAtCLomFIAtCF4mFfCJaIBd8Ig9Cf4WDfCALIA+DfCAPQjKJIA9CLomFIA9CF4mFfCJbIBdCJIkgF0IeiYUgF0IZiYUgPyBHhSAXgyA/IEeDhXwgSHwiDHwiEUGYhsEAKQMAIBR8fEGAhsEAKQMAIEV8IAp8IAsgEUJ/hYN8IA8gEYN8IBFCMokgEUIuiYUgEUIXiYV8IkUgDEIkiSAMQh6JhSAMQhmJhSAMIBcgP4WDIBcgP4OFfCBVfCIKfCIUQZCGwQApAwAgFXwgD3wgEUGIhsEAKQMAIER8IAt8IA8gFEJ/hYN8IBEgFIN8IBRCMokgFEIuiYUgFEIXiYV8IkQgCkIkiSAKQh6JhSAKQhmJhSAKIAwgF4WDIAwgF4OFfCBZfCILfCIPQn+Fg3wgDyAUg3wgD0IyiSAPQi6JhSAPQheJhXwiSCALQiSJIAtCHomFIAtCGYmFIAsgCiAMhYMgCiAMg4V8IFp8Igx8IhFCf4WDfCAPIBGDfCARQjKJIBFCLomFIBFCF4mFfCJVIAxCJIkgDEIeiYUgDEIZiYUgDCAKIAuFgyAKIAuDhXwgW3wiCnwiFSBCQbiGwQApAwB8fEGghsEAKQMAIBt8IBR8IA8gFUJ/hYN8IBEgFYN8IBVCMokgFUIuiYUgFUIXiYV8IhsgCkIkiSAKQh6JhSAKQhmJhSAKIAsgDIWDIAsgDIOFfCBFfCILfCIUIEFBsIbBACkDAHwgEXwgFUGohsEAKQMAIEB8IA98IBEgFEJ/hYN8IBQgFYN8IBRCMokgFEIuiYUgFEIXiYV8IkAgC0IkiSALQh6JhSALQhmJhSALIAogDIWDIAogDIOFfCBEfCIMfCIPQn+Fg3wgDyAUg3wgD0IyiSAPQi6JhSAPQheJhXwiQSAMQiSJIAxCHomFIAxCGYmFIAwgCiALhYMgCiALg4V8IEh8Igp8IhFCf4WDfCAPIBGDfCARQjKJIBFCLomFIBFCF4mFfCJCIApCJIkgCkIeiYUgCkIZiYUgCiALIAyFgyALIAyDhXwgVXwiC3wiFSAEQdiGwQApAwB8fEHAhsEAKQMAIEl8IBR8IA8gFUJ/hYN8IBEgFYN8IBVCMokgFUIuiYUgFUIXiYV8IhQgC0IkiSALQh6JhSALQhmJhSALIAogDIWDIAogDIOFfCAbfCIEfCIMIAVB0IbBACkDAHwgEXwgFSADQciGwQApAwB8IA98IBEgDEJ/hYN8IAwgFYN8IAxCMokgDEIuiYUgDEIXiYV8IhEgBEIkiSAEQh6JhSAEQhmJhSAEIAogC4WDIAogC4OFfCBAfCIDfCIKQn+Fg3wgCiAMg3wgCkIyiSAKQi6JhSAKQheJhXwiFSADQiSJIANCHomFIANCGYmFIAMgBCALhYMgBCALg4V8IEF8IgV8IgtCf4WDfCAKIAuDfCALQjKJIAtCLomFIAtCF4mFfCIbIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgQnwiBHwiDyAIQfiGwQApAwB8fCAGQeCGwQApAwB8IAx8IAogD0J/hYN8IAsgD4N8IA9CMokgD0IuiYUgD0IXiYV8IgwgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAUfCIDfCIGIA5B8IbBACkDAHwgC3wgDyAHQeiGwQApAwB8IAp8IAsgBkJ/hYN8IAYgD4N8IAZCMokgBkIuiYUgBkIXiYV8IgogA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCARfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiCyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBV8IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIPIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgG3wiA3wiDiANQZiHwQApAwB8fCAQQYCHwQApAwB8IAZ8IAcgDkJ/hYN8IAggDoN8IA5CMokgDkIuiYUgDkIXiYV8Ig0gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAMfCIFfCIGIBJBkIfBACkDAHwgCHwgDiAJQYiHwQApAwB8IAd8IAggBkJ/hYN8IAYgDoN8IAZCMokgBkIuiYUgBkIXiYV8IhAgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAKfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IAt8IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCISIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgD3wiBXwiCSAdQbiHwQApAwB8fCATQaCHwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhMgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCANfCIEfCIGIBZBsIfBACkDAHwgCHwgCSAcQaiHwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig0gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiECADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IA58IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIOIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgEnwiBHwiCSAfQdiHwQApAwB8fCAZQcCHwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhIgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCATfCIDfCIGIBpB0IfBACkDAHwgCHwgCSAeQciHwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhMgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCANfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDSAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBB8IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIQIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgDnwiA3wiCSAlQfiHwQApAwB8fCAgQeCHwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig4gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCASfCIFfCIGICFB8IfBACkDAHwgCHwgCSAkQeiHwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhIgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCATfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEyAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA18IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCINIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEHwiBXwiCSAnQZiIwQApAwB8fCAiQYCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhAgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAOfCIEfCIGICNBkIjBACkDAHwgCHwgCSAmQYiIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig4gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCASfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBN8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCITIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDXwiBHwiCSApQbiIwQApAwB8fCArQaCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig0gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAQfCIDfCIGICxBsIjBACkDAHwgCHwgCSAoQaiIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhAgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAOfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCISIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiA3wiCSAvQdiIwQApAwB8fCAtQcCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhMgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCANfCIFfCIGIC5B0IjBACkDAHwgCHwgCSAqQciIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig0gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAQfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiECAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IA58IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIOIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgEnwiBXwiCSAxQfiIwQApAwB8fCAzQeCIwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhIgBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCATfCIEfCIGIDRB8IjBACkDAHwgCHwgCSAwQeiIwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhMgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCANfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDSADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBB8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIQIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgDnwiBHwiCSA6QZiJwQApAwB8fCA1QYCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig4gBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCASfCIDfCIGIDZBkInBACkDAHwgCHwgCSAyQYiJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCATfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA18IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCINIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgEHwiA3wiCSA8QbiJwQApAwB8fCA3QaCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhAgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAOfCIFfCIGIDhBsInBACkDAHwgCHwgCSA7QaiJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig4gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCASfCIEfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiEiAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBN8IgN8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCITIANCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgDXwiBXwiCSBDQdiJwQApAwB8fCA5QcCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8Ig0gBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCAQfCIEfCIGID5B0InBACkDAHwgCHwgCSA9QciJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8IhAgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCAOfCIDfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiDiADQiSJIANCHomFIANCGYmFIAMgBCAFhYMgBCAFg4V8IBJ8IgV8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCISIAVCJIkgBUIeiYUgBUIZiYUgBSADIASFgyADIASDhXwgE3wiBHwiCSBPQfiJwQApAwB8fCBLQeCJwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhMgBEIkiSAEQh6JhSAEQhmJhSAEIAMgBYWDIAMgBYOFfCANfCIDfCIGIExB8InBACkDAHwgCHwgCSBOQeiJwQApAwB8IAd8IAggBkJ/hYN8IAYgCYN8IAZCMokgBkIuiYUgBkIXiYV8Ig0gA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAQfCIFfCIHQn+Fg3wgBiAHg3wgB0IyiSAHQi6JhSAHQheJhXwiECAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA58IgR8IghCf4WDfCAHIAiDfCAIQjKJIAhCLomFIAhCF4mFfCIWIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgEnwiA3wiCSBRQZiKwQApAwB8fCBNQYCKwQApAwB8IAZ8IAcgCUJ/hYN8IAggCYN8IAlCMokgCUIuiYUgCUIXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCATfCIFfCIGIDpCP4kgOkI4iYUgOkIHiIUgNnwgQ3wgTUItiSBNQgOJhSBNQgaIhXwiDkGQisEAKQMAfCAIfCAJIFBBiIrBACkDAHwgB3wgCCAGQn+Fg3wgBiAJg3wgBkIyiSAGQi6JhSAGQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IA18IgR8IgdCf4WDfCAGIAeDfCAHQjKJIAdCLomFIAdCF4mFfCIZIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgEHwiA3wiCEJ/hYN8IAcgCIN8IAhCMokgCEIuiYUgCEIXiYV8IhogA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAWfCIFfCIJfCAGIDtCP4kgO0I4iYUgO0IHiIUgN3wgTnwgDkItiSAOQgOJhSAOQgaIhXwiBkGgisEAKQMAfHwgByAJQn+Fg3wgCCAJg3wgCUIyiSAJQi6JhSAJQheJhXwiFiAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBJ8IgR8Ig0gPEI/iSA8QjiJhSA8QgeIhSA4fCBPfCAGQi2JIAZCA4mFIAZCBoiFfCIQQbCKwQApAwB8IAh8IAkgU0GoisEAKQMAfCAHfCAIIA1Cf4WDfCAJIA2DfCANQjKJIA1CLomFIA1CF4mFfCIGIARCJIkgBEIeiYUgBEIZiYUgBCADIAWFgyADIAWDhXwgE3wiA3wiB0J/hYN8IAcgDYN8IAdCMokgB0IuiYUgB0IXiYV8IhIgA0IkiSADQh6JhSADQhmJhSADIAQgBYWDIAQgBYOFfCAZfCIFfCIIQn+Fg3wgByAIg3wgCEIyiSAIQi6JhSAIQheJhXwiEyAFQiSJIAVCHomFIAVCGYmFIAUgAyAEhYMgAyAEg4V8IBp8IgR8Igl8Igw3AzggACAEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBZ8IgNCJIkgA0IeiYUgA0IZiYUgAyAEIAWFgyAEIAWDhXwgBnwiBUIkiSAFQh6JhSAFQhmJhSAFIAMgBIWDIAMgBIOFfCASfCIEQiSJIARCHomFIARCGYmFIAQgAyAFhYMgAyAFg4V8IBN8IgYgUnwiUjcDGCAAIFYgPUI/iSA9QjiJhSA9QgeIhSA5fCBQfCAQQi2JIBBCA4mFIBBCBoiFfCIQfCANfCAHIAlCf4WDfCAIIAmDfCAJQjKJIAlCLomFIAlCF4mFfCINIAN8IgMgSnwiSjcDMCAAIAZCJIkgBkIeiYUgBkIZiYUgBiAEIAWFgyAEIAWDhXwgDXwiDSBHfCJHNwMQIAAgPSBXfCA+Qj+JID5COImFID5CB4iFfCAOfCBUQi2JIFRCA4mFIFRCBoiFfCAHfCAIIANCf4WDfCADIAmDfCADQjKJIANCLomFIANCF4mFfCIHIAV8IgUgRnwiRjcDKCAAIA1CJIkgDUIeiYUgDUIZiYUgDSAEIAaFgyAEIAaDhXwgB3wiByA/fCI/NwMIIAAgPiBYfCBDQj+JIENCOImFIENCB4iFfCBRfCAQQi2JIBBCA4mFIBBCBoiFfCAIfCAJIAVCf4WDfCADIAWDfCAFQjKJIAVCLomFIAVCF4mFfCIDIAQgGHx8Ihg3AyAgACAHIAYgDYWDIAYgDYOFIBd8IAdCJIkgB0IeiYUgB0IZiYV8IAN8Ihc3AwAgAUGAAWohAQwBCwsgXEGQAWokAA8LQQBBCCBeQeiKwQAQZQALhT4BSn8jAEHQAGsiFSQAIAEgAkEGdGohRiAAKAIcIQsgACgCGCE6IAAoAhQhNiAAKAIQIRggACgCDCFCIAAoAgghNyAAKAIEIS8gACgCACEXAkADQCABIEZHBEBBACECA0AgAkHAAEcEQCAVQQhqIAIgAUHAAEG4hcEAEKkCIBUoAgwiA0EDTQ0EIBVBEGogAmogFSgCCCgAACIDQf+B/AdxQQh4IANBGHhB/4H8B3FyNgIAIAJBBGohAgwBCwtBrIXBACgCACFHQbCFwQAoAgAhSEG0hcEAKAIAIUkgACALIBUoAjQiGyAVKAIQIjggFSgCFCIJQRl3IAlBDndzIAlBA3ZzamogFSgCSCICQQ93IAJBDXdzIAJBCnZzaiIDIBUoAiwiEyAVKAIwIhJBGXcgEkEOd3MgEkEDdnNqaiACIBUoAiQiNSAVKAIoIjRBGXcgNEEOd3MgNEEDdnNqaiAVKAJAIjAgFSgCHCINIBUoAiAiCkEZdyAKQQ53cyAKQQN2c2pqIBUoAjgiMSAJIBUoAhgiD0EZdyAPQQ53cyAPQQN2c2pqIBUoAkwiBEEPdyAEQQ13cyAEQQp2c2oiBUEPdyAFQQ13cyAFQQp2c2oiBkEPdyAGQQ13cyAGQQp2c2oiB0EPdyAHQQ13cyAHQQp2c2oiCCACIARBGXcgBEEOd3MgBEEDdnNqaiAwIBUoAkQiOUEZdyA5QQ53cyA5QQN2c2ogB2ogMSAVKAI8IjJBGXcgMkEOd3MgMkEDdnNqIAZqIBIgG0EZdyAbQQ53cyAbQQN2c2ogBWogBCA0IBNBGXcgE0EOd3MgE0EDdnNqaiA5IAogNUEZdyA1QQ53cyA1QQN2c2pqIDIgDyANQRl3IA1BDndzIA1BA3ZzamogA0EPdyADQQ13cyADQQp2c2oiDEEPdyAMQQ13cyAMQQp2c2oiDkEPdyAOQQ13cyAOQQp2c2oiEEEPdyAQQQ13cyAQQQp2c2oiEUEPdyARQQ13cyARQQp2c2oiFEEPdyAUQQ13cyAUQQp2c2oiFkEPdyAWQQ13cyAWQQp2c2oiGUEZdyAZQQ53cyAZQQN2cyA5IAJBGXcgAkEOd3MgAkEDdnNqIBBqIDIgMEEZdyAwQQ53cyAwQQN2c2ogDmogGyAxQRl3IDFBDndzIDFBA3ZzaiAMaiAIQQ93IAhBDXdzIAhBCnZzaiIaQQ93IBpBDXdzIBpBCnZzaiIcQQ93IBxBDXdzIBxBCnZzaiIdaiAEIANBGXcgA0EOd3MgA0EDdnNqIBFqIB1BD3cgHUENd3MgHUEKdnNqIh4gCEEZdyAIQQ53cyAIQQN2cyAQamogB0EZdyAHQQ53cyAHQQN2cyAOaiAdaiAGQRl3IAZBDndzIAZBA3ZzIAxqIBxqIAVBGXcgBUEOd3MgBUEDdnMgA2ogGmogGUEPdyAZQQ13cyAZQQp2c2oiH0EPdyAfQQ13cyAfQQp2c2oiIEEPdyAgQQ13cyAgQQp2c2oiIUEPdyAhQQ13cyAhQQp2c2oiImogFkEZdyAWQQ53cyAWQQN2cyAcaiAhaiAUQRl3IBRBDndzIBRBA3ZzIBpqICBqIBFBGXcgEUEOd3MgEUEDdnMgCGogH2ogEEEZdyAQQQ53cyAQQQN2cyAHaiAZaiAOQRl3IA5BDndzIA5BA3ZzIAZqIBZqIAxBGXcgDEEOd3MgDEEDdnMgBWogFGogHkEPdyAeQQ13cyAeQQp2c2oiI0EPdyAjQQ13cyAjQQp2c2oiJEEPdyAkQQ13cyAkQQp2c2oiJUEPdyAlQQ13cyAlQQp2c2oiJkEPdyAmQQ13cyAmQQp2c2oiJ0EPdyAnQQ13cyAnQQp2c2oiKEEPdyAoQQ13cyAoQQp2c2oiKUEZdyApQQ53cyApQQN2cyAdQRl3IB1BDndzIB1BA3ZzIBZqICVqIBxBGXcgHEEOd3MgHEEDdnMgFGogJGogGkEZdyAaQQ53cyAaQQN2cyARaiAjaiAiQQ93ICJBDXdzICJBCnZzaiIqQQ93ICpBDXdzICpBCnZzaiIrQQ93ICtBDXdzICtBCnZzaiIsaiAeQRl3IB5BDndzIB5BA3ZzIBlqICZqICxBD3cgLEENd3MgLEEKdnNqIi0gIkEZdyAiQQ53cyAiQQN2cyAlamogIUEZdyAhQQ53cyAhQQN2cyAkaiAsaiAgQRl3ICBBDndzICBBA3ZzICNqICtqIB9BGXcgH0EOd3MgH0EDdnMgHmogKmogKUEPdyApQQ13cyApQQp2c2oiLkEPdyAuQQ13cyAuQQp2c2oiO0EPdyA7QQ13cyA7QQp2c2oiPEEPdyA8QQ13cyA8QQp2c2oiPWogKEEZdyAoQQ53cyAoQQN2cyAraiA8aiAnQRl3ICdBDndzICdBA3ZzICpqIDtqICZBGXcgJkEOd3MgJkEDdnMgImogLmogJUEZdyAlQQ53cyAlQQN2cyAhaiApaiAkQRl3ICRBDndzICRBA3ZzICBqIChqICNBGXcgI0EOd3MgI0EDdnMgH2ogJ2ogLUEPdyAtQQ13cyAtQQp2c2oiM0EPdyAzQQ13cyAzQQp2c2oiPkEPdyA+QQ13cyA+QQp2c2oiP0EPdyA/QQ13cyA/QQp2c2oiQEEPdyBAQQ13cyBAQQp2c2oiQUEPdyBBQQ13cyBBQQp2c2oiQ0EPdyBDQQ13cyBDQQp2c2oiREGohcEAKAIAakHIg8EAKAIAIApBuIPBACgCACA4IBggNnEgC2ogOiAYQX9zcWogGEEadyAYQRV3cyAYQQd3c2pqaiI4IEJqIgtqakG8g8EAKAIAIAkgOmpqIDYgC0F/c3FqIAsgGHFqIAtBGncgC0EVd3MgC0EHd3NqIkUgN2oiCUHEg8EAKAIAIA0gGGpqIAtBwIPBACgCACAPIDZqaiAYIAlBf3NxaiAJIAtxaiAJQRp3IAlBFXdzIAlBB3dzaiJKIC9qIgpBf3NxaiAJIApxaiAKQRp3IApBFXdzIApBB3dzaiJLIBdqIg1Bf3NxaiAKIA1xaiANQRp3IA1BFXdzIA1BB3dzaiJMIBdBHncgF0ETd3MgF0EKd3MgLyA3cyAXcSAvIDdxc2ogOGoiC2oiDyASQdiDwQAoAgBqaiA1QcyDwQAoAgBqIAlqIAogD0F/c3FqIA0gD3FqIA9BGncgD0EVd3MgD0EHd3NqIjUgC0EedyALQRN3cyALQQp3cyALIBcgL3NxIBcgL3FzaiBFaiIJaiISIBNB1IPBACgCAGogDWogDyA0QdCDwQAoAgBqIApqIA0gEkF/c3FqIA8gEnFqIBJBGncgEkEVd3MgEkEHd3NqIjQgCUEedyAJQRN3cyAJQQp3cyAJIAsgF3NxIAsgF3FzaiBKaiIKaiINQX9zcWogDSAScWogDUEadyANQRV3cyANQQd3c2oiOCAKQR53IApBE3dzIApBCndzIAogCSALc3EgCSALcXNqIEtqIgtqIg9Bf3NxaiANIA9xaiAPQRp3IA9BFXdzIA9BB3dzaiJFIAtBHncgC0ETd3MgC0EKd3MgCyAJIApzcSAJIApxc2ogTGoiCWoiEyAwQeiDwQAoAgBqaiAbQdyDwQAoAgBqIBJqIA0gE0F/c3FqIA8gE3FqIBNBGncgE0EVd3MgE0EHd3NqIhsgCUEedyAJQRN3cyAJQQp3cyAJIAogC3NxIAogC3FzaiA1aiIKaiISIDJB5IPBACgCAGogD2ogEyAxQeCDwQAoAgBqIA1qIA8gEkF/c3FqIBIgE3FqIBJBGncgEkEVd3MgEkEHd3NqIjAgCkEedyAKQRN3cyAKQQp3cyAKIAkgC3NxIAkgC3FzaiA0aiILaiINQX9zcWogDSAScWogDUEadyANQRV3cyANQQd3c2oiMSALQR53IAtBE3dzIAtBCndzIAsgCSAKc3EgCSAKcXNqIDhqIglqIg9Bf3NxaiANIA9xaiAPQRp3IA9BFXdzIA9BB3dzaiIyIAlBHncgCUETd3MgCUEKd3MgCSAKIAtzcSAKIAtxc2ogRWoiCmoiEyADQfiDwQAoAgBqaiA5QeyDwQAoAgBqIBJqIA0gE0F/c3FqIA8gE3FqIBNBGncgE0EVd3MgE0EHd3NqIhIgCkEedyAKQRN3cyAKQQp3cyAKIAkgC3NxIAkgC3FzaiAbaiIDaiILIARB9IPBACgCAGogD2ogEyACQfCDwQAoAgBqIA1qIA8gC0F/c3FqIAsgE3FqIAtBGncgC0EVd3MgC0EHd3NqIg8gA0EedyADQRN3cyADQQp3cyADIAkgCnNxIAkgCnFzaiAwaiICaiIJQX9zcWogCSALcWogCUEadyAJQRV3cyAJQQd3c2oiEyACQR53IAJBE3dzIAJBCndzIAIgAyAKc3EgAyAKcXNqIDFqIgRqIgpBf3NxaiAJIApxaiAKQRp3IApBFXdzIApBB3dzaiIbIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogMmoiA2oiDSAOQYiEwQAoAgBqaiAFQfyDwQAoAgBqIAtqIAkgDUF/c3FqIAogDXFqIA1BGncgDUEVd3MgDUEHd3NqIgsgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiASaiICaiIFIAZBhITBACgCAGogCmogDSAMQYCEwQAoAgBqIAlqIAogBUF/c3FqIAUgDXFqIAVBGncgBUEVd3MgBUEHd3NqIgkgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAPaiIEaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiCiAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBNqIgNqIgxBf3NxaiAGIAxxaiAMQRp3IAxBFXdzIAxBB3dzaiINIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogG2oiAmoiDiARQZiEwQAoAgBqaiAHQYyEwQAoAgBqIAVqIAYgDkF/c3FqIAwgDnFqIA5BGncgDkEVd3MgDkEHd3NqIhEgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiALaiIEaiIFIAhBlITBACgCAGogDGogDiAQQZCEwQAoAgBqIAZqIAwgBUF/c3FqIAUgDnFqIAVBGncgBUEVd3MgBUEHd3NqIgwgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAJaiIDaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDiADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIApqIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIQIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDWoiBGoiCCAWQaiEwQAoAgBqaiAaQZyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhYgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiARaiIDaiIFIBxBpITBACgCAGogB2ogCCAUQaCEwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhEgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAMaiICaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIA5qIgRqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIOIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEGoiA2oiCCAfQbiEwQAoAgBqaiAdQayEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhAgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAWaiICaiIFIB5BtITBACgCAGogB2ogCCAZQbCEwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhQgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiARaiIEaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiESAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIAxqIgNqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIMIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogDmoiAmoiCCAhQciEwQAoAgBqaiAjQbyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIg4gAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAQaiIEaiIFICRBxITBACgCAGogB2ogCCAgQcCEwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhAgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAUaiIDaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiFCADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIBFqIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIRIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogDGoiBGoiCCAqQdiEwQAoAgBqaiAlQcyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIgwgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAOaiIDaiIFICZB1ITBACgCAGogB2ogCCAiQdCEwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIg4gA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAQaiICaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiECACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBRqIgRqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIUIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEWoiA2oiCCAsQeiEwQAoAgBqaiAnQdyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhEgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAMaiICaiIFIChB5ITBACgCAGogB2ogCCArQeCEwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIgwgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAOaiIEaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDiAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBBqIgNqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIQIANBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogFGoiAmoiCCAzQfiEwQAoAgBqaiApQeyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhQgAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiARaiIEaiIFIC5B9ITBACgCAGogB2ogCCAtQfCEwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhEgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAMaiIDaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiDCADQR53IANBE3dzIANBCndzIAMgAiAEc3EgAiAEcXNqIA5qIgJqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIOIAJBHncgAkETd3MgAkEKd3MgAiADIARzcSADIARxc2ogEGoiBGoiCCA/QYiFwQAoAgBqaiA7QfyEwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhAgBEEedyAEQRN3cyAEQQp3cyAEIAIgA3NxIAIgA3FzaiAUaiIDaiIFIDxBhIXBACgCAGogB2ogCCA+QYCFwQAoAgBqIAZqIAcgBUF/c3FqIAUgCHFqIAVBGncgBUEVd3MgBUEHd3NqIhQgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiARaiICaiIGQX9zcWogBSAGcWogBkEadyAGQRV3cyAGQQd3c2oiESACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIAxqIgRqIgdBf3NxaiAGIAdxaiAHQRp3IAdBFXdzIAdBB3dzaiIMIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogDmoiA2oiCCBBQZiFwQAoAgBqaiA9QYyFwQAoAgBqIAVqIAYgCEF/c3FqIAcgCHFqIAhBGncgCEEVd3MgCEEHd3NqIhYgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAQaiICaiIFICpBGXcgKkEOd3MgKkEDdnMgJmogM2ogPUEPdyA9QQ13cyA9QQp2c2oiDkGUhcEAKAIAaiAHaiAIIEBBkIXBACgCAGogBmogByAFQX9zcWogBSAIcWogBUEadyAFQRV3cyAFQQd3c2oiGSACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBRqIgRqIgZBf3NxaiAFIAZxaiAGQRp3IAZBFXdzIAZBB3dzaiIUIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogEWoiA2oiB0F/c3FqIAYgB3FqIAdBGncgB0EVd3MgB0EHd3NqIhEgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAMaiICaiIIaiAFICtBGXcgK0EOd3MgK0EDdnMgJ2ogPmogDkEPdyAOQQ13cyAOQQp2c2oiBUGchcEAKAIAamogBiAIQX9zcWogByAIcWogCEEadyAIQRV3cyAIQQd3c2oiGiACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBZqIgRqIgwgLEEZdyAsQQ53cyAsQQN2cyAoaiA/aiAFQQ93IAVBDXdzIAVBCnZzaiIQQaSFwQAoAgBqIAdqIAggQ0GghcEAKAIAaiAGaiAHIAxBf3NxaiAIIAxxaiAMQRp3IAxBFXdzIAxBB3dzaiIFIARBHncgBEETd3MgBEEKd3MgBCACIANzcSACIANxc2ogGWoiA2oiBkF/c3FqIAYgDHFqIAZBGncgBkEVd3MgBkEHd3NqIhYgA0EedyADQRN3cyADQQp3cyADIAIgBHNxIAIgBHFzaiAUaiICaiIHQX9zcWogBiAHcWogB0EadyAHQRV3cyAHQQd3c2oiFCACQR53IAJBE3dzIAJBCndzIAIgAyAEc3EgAyAEcXNqIBFqIgRqIghqIgs2AhwgACAEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBpqIgNBHncgA0ETd3MgA0EKd3MgAyACIARzcSACIARxc2ogBWoiAkEedyACQRN3cyACQQp3cyACIAMgBHNxIAMgBHFzaiAWaiIEQR53IARBE3dzIARBCndzIAQgAiADc3EgAiADcXNqIBRqIgUgQmoiQjYCDCAAIEcgLUEZdyAtQQ53cyAtQQN2cyApaiBAaiAQQQ93IBBBDXdzIBBBCnZzaiIQaiAMaiAGIAhBf3NxaiAHIAhxaiAIQRp3IAhBFXdzIAhBB3dzaiIMIANqIgMgOmoiOjYCGCAAIAVBHncgBUETd3MgBUEKd3MgBSACIARzcSACIARxc2ogDGoiDCA3aiI3NgIIIAAgLSBIaiAuQRl3IC5BDndzIC5BA3ZzaiAOaiBEQQ93IERBDXdzIERBCnZzaiAGaiAHIANBf3NxaiADIAhxaiADQRp3IANBFXdzIANBB3dzaiIGIAJqIgIgNmoiNjYCFCAAIAxBHncgDEETd3MgDEEKd3MgDCAEIAVzcSAEIAVxc2ogBmoiBiAvaiIvNgIEIAAgLiBJaiAzQRl3IDNBDndzIDNBA3ZzaiBBaiAQQQ93IBBBDXdzIBBBCnZzaiAHaiAIIAJBf3NxaiACIANxaiACQRp3IAJBFXdzIAJBB3dzaiICIAQgGGpqIhg2AhAgACAGIAUgDHNxIAUgDHFzIBdqIAZBHncgBkETd3MgBkEKd3NqIAJqIhc2AgAgAUFAayEBDAELCyAVQdAAaiQADwtBAEEEIANByIXBABBlAAuSKQINfw9+IwBBoAlrIgIkACABKAIEIQYgASgCACEHIAEoAgghBSACQQhqIAAoAgAiCBCxASACIAg2AsgHIABBBGohCSAFQQJ2IQogAkGIB2ohCwNAIAQgCkcEQCACQdAHahDcASACQZAIahDcAUEAIQEDQCABQcAARkUEQCACQeAIaiAJEJsBIAJBkAhqIAFqIgAgAikA6Ag3AAggACACKQDgCDcAACABQRBqIQEMAQsLIAIgAjEAxAggAjEAxQhCEIaEIAIxAMYIQiCGhCACMQDHCEIwhoQgAjEAzAhCCIaEIAIxAM0IQhiGhCACMQDOCEIohoQgAjEAzwhCOIaEIg8gAjEAtAggAjEAtQhCEIaEIAIxALYIQiCGhCACMQC3CEIwhoQgAjEAvAhCCIaEIAIxAL0IQhiGhCACMQC+CEIohoQgAjEAvwhCOIaEIhBCAYiFQtWq1arVqtWq1QCDIhEgD4UiDyACMQCkCCACMQClCEIQhoQgAjEApghCIIaEIAIxAKcIQjCGhCACMQCsCEIIhoQgAjEArQhCGIaEIAIxAK4IQiiGhCACMQCvCEI4hoQiEiACMQCUCCACMQCVCEIQhoQgAjEAlghCIIaEIAIxAJcIQjCGhCACMQCcCEIIhoQgAjEAnQhCGIaEIAIxAJ4IQiiGhCACMQCfCEI4hoQiE0IBiIVC1arVqtWq1arVAIMiFCAShSISQgKIhUKz5syZs+bMmTODIhYgD4UiDyACMQDACCACMQDBCEIQhoQgAjEAwghCIIaEIAIxAMMIQjCGhCACMQDICEIIhoQgAjEAyQhCGIaEIAIxAMoIQiiGhCACMQDLCEI4hoQiFSACMQCwCCACMQCxCEIQhoQgAjEAsghCIIaEIAIxALMIQjCGhCACMQC4CEIIhoQgAjEAuQhCGIaEIAIxALoIQiiGhCACMQC7CEI4hoQiF0IBiIVC1arVqtWq1arVAIMiGSAVhSIVIAIxAKAIIAIxAKEIQhCGhCACMQCiCEIghoQgAjEAowhCMIaEIAIxAKgIQgiGhCACMQCpCEIYhoQgAjEAqghCKIaEIAIxAKsIQjiGhCIYIAIxAJAIIAIxAJEIQhCGhCACMQCSCEIghoQgAjEAkwhCMIaEIAIxAJgIQgiGhCACMQCZCEIYhoQgAjEAmghCKIaEIAIxAJsIQjiGhCIaQgGIhULVqtWq1arVqtUAgyIbIBiFIhhCAoiFQrPmzJmz5syZM4MiHCAVhSIVQgSIhUKPnrz48OHDhw+DIh0gD4U3A5gJIAIgEUIBhiAQhSIPIBRCAYYgE4UiEEICiIVCs+bMmbPmzJkzgyIRIA+FIg8gGUIBhiAXhSITIBtCAYYgGoUiFEICiIVCs+bMmbPmzJkzgyIXIBOFIhNCBIiFQo+evPjw4cOHD4MiGSAPhTcDkAkgAiAWQgKGIBKFIg8gHEIChiAYhSISQgSIhUKPnrz48OHDhw+DIhYgD4U3A4gJIAIgHUIEhiAVhTcD+AggAiARQgKGIBCFIg8gF0IChiAUhSIQQgSIhUKPnrz48OHDhw+DIhEgD4U3A4AJIAIgGUIEhiAThTcD8AggAiAWQgSGIBKFNwPoCCACIBFCBIYgEIU3A+AIQQAhAQNAAkAgAkHgCGoiAyACQQhqIAFqIgAQnAIgAxBEIAIgAikDkAkiD0I8iUKA4IOAj4C8gHCDIA9CLIlC/5/8//D/w/8Pg4QiEiAPhSIQIAIpA5gJIg9CPIlCgOCDgI+AvIBwgyAPQiyJQv+f/P/w/8P/D4OEIhEgDyARhSIPQiiJQoD+g/iP4L+Af4MgD0IYiUL/gfyH8J/A/wCDhIWFNwOYCSACIAIpA4gJIhFCPIlCgOCDgI+AvIBwgyARQiyJQv+f/P/w/8P/D4OEIhMgEYUiESASIBBCKIlCgP6D+I/gv4B/gyAQQhiJQv+B/Ifwn8D/AIOEhYU3A5AJIAIgAikDgAkiEEI8iUKA4IOAj4C8gHCDIBBCLIlC/5/8//D/w/8Pg4QiFiAQhSIQIBMgEUIoiUKA/oP4j+C/gH+DIBFCGIlC/4H8h/CfwP8Ag4SFhTcDiAkgAiACKQPoCCIRQjyJQoDgg4CPgLyAcIMgEUIsiUL/n/z/8P/D/w+DhCIVIBGFIhEgAikD8AgiEkI8iUKA4IOAj4C8gHCDIBJCLIlC/5/8//D/w/8Pg4QiEyASIBOFIhJCKIlCgP6D+I/gv4B/gyASQhiJQv+B/Ifwn8D/AIOEhYU3A/AIIAIgAikD4AgiE0I8iUKA4IOAj4C8gHCDIBNCLIlC/5/8//D/w/8Pg4QiFCAThSITQiiJQoD+g/iP4L+Af4MgE0IYiUL/gfyH8J/A/wCDhCAUhSAPhTcD4AggAiACKQP4CCIUQjyJQoDgg4CPgLyAcIMgFEIsiUL/n/z/8P/D/w+DhCIXIBSFIhQgFiAQQiiJQoD+g/iP4L+Af4MgEEIYiUL/gfyH8J/A/wCDhIWFIA+FNwOACSACIBcgFEIoiUKA/oP4j+C/gH+DIBRCGIlC/4H8h/CfwP8Ag4SFIBKFIA+FNwP4CCACIBUgEUIoiUKA/oP4j+C/gH+DIBFCGIlC/4H8h/CfwP8Ag4SFIBOFIA+FNwPoCCADIABBQGsiABCcAiABQYAGRgRAQQAhAQNAIAFBwABGDQIgAkHgCGogAWoiACAAKQMAIg9CCIggD4VCgID8h4CAwP8Ag0KBAn4gD4U3AwAgAUEIaiEBDAALAAUgAkHgCGoiAxBEIAIgAikDkAkiD0I4iUKA/oP4j+C/gH+DIA9CKIlC/4H8h/CfwP8Ag4QiESAPhSISIAIpA5gJIg9COIlCgP6D+I/gv4B/gyAPQiiJQv+B/Ifwn8D/AIOEIhAgDyAQhSIPQiCJhYU3A5gJIAIgAikDiAkiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiEyAQhSIUIBEgEkIgiYWFNwOQCSACIAIpA4AJIhBCOIlCgP6D+I/gv4B/gyAQQiiJQv+B/Ifwn8D/AIOEIhEgEIUiEiATIBRCIImFhTcDiAkgAiACKQPoCCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCITIBCFIhQgAikD8AgiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiFiAQIBaFIhZCIImFhTcD8AggAiACKQPgCCIQQjiJQoD+g/iP4L+Af4MgEEIoiUL/gfyH8J/A/wCDhCIVIBCFIhdCIIkgFYUgD4U3A+AIIAIgAikD+AgiEEI4iUKA/oP4j+C/gH+DIBBCKIlC/4H8h/CfwP8Ag4QiFSAQhSIQIBEgEkIgiYWFIA+FNwOACSACIBUgEEIgiYUgFoUgD4U3A/gIIAIgEyAUQiCJhSAXhSAPhTcD6AggAyAAQUBrEJwCIAMQRCACIAIpA5AJIg9CNIlC8P/D/4/+v3iDIA9CJIlCj4C8gPCBwAeDhCISIA+FIhAgAikDmAkiD0I0iULw/8P/j/6/eIMgD0IkiUKPgLyA8IHAB4OEIhEgDyARhSIPQiiJQoD+g/iP4L+Af4MgD0IYiUL/gfyH8J/A/wCDhIWFNwOYCSACIAIpA4gJIhFCNIlC8P/D/4/+v3iDIBFCJIlCj4C8gPCBwAeDhCITIBGFIhEgEiAQQiiJQoD+g/iP4L+Af4MgEEIYiUL/gfyH8J/A/wCDhIWFNwOQCSACIAIpA4AJIhBCNIlC8P/D/4/+v3iDIBBCJIlCj4C8gPCBwAeDhCIWIBCFIhAgEyARQiiJQoD+g/iP4L+Af4MgEUIYiUL/gfyH8J/A/wCDhIWFNwOICSACIAIpA+gIIhFCNIlC8P/D/4/+v3iDIBFCJIlCj4C8gPCBwAeDhCIVIBGFIhEgAikD8AgiEkI0iULw/8P/j/6/eIMgEkIkiUKPgLyA8IHAB4OEIhMgEiAThSISQiiJQoD+g/iP4L+Af4MgEkIYiUL/gfyH8J/A/wCDhIWFNwPwCCACIAIpA+AIIhNCNIlC8P/D/4/+v3iDIBNCJIlCj4C8gPCBwAeDhCIUIBOFIhNCKIlCgP6D+I/gv4B/gyATQhiJQv+B/Ifwn8D/AIOEIBSFIA+FNwPgCCACIAIpA/gIIhRCNIlC8P/D/4/+v3iDIBRCJIlCj4C8gPCBwAeDhCIXIBSFIhQgFiAQQiiJQoD+g/iP4L+Af4MgEEIYiUL/gfyH8J/A/wCDhIWFIA+FNwOACSACIBcgFEIoiUKA/oP4j+C/gH+DIBRCGIlC/4H8h/CfwP8Ag4SFIBKFIA+FNwP4CCACIBUgEUIoiUKA/oP4j+C/gH+DIBFCGIlC/4H8h/CfwP8Ag4SFIBOFIA+FNwPoCCADIABBgAFqEJwCIAMQRCACIAIpA5AJIg9CMIkiECAPhSIRIAIpA5gJIg9CMIkiEiAPIBKFIg9CIImFhTcDmAkgAiACKQOICSISQjCJIhMgEoUiEiAQIBFCIImFhTcDkAkgAiACKQOACSIQQjCJIhEgEIUiECATIBJCIImFhTcDiAkgAiACKQPoCCISQjCJIhMgEoUiEiACKQPwCCIUQjCJIhYgFCAWhSIUQiCJhYU3A/AIIAIgAikD4AgiFkIwiSIVIBaFIhZCIIkgFYUgD4U3A+AIIAIgAikD+AgiFUIwiSIXIBWFIhUgESAQQiCJhYUgD4U3A4AJIAIgFyAVQiCJhSAUhSAPhTcD+AggAiATIBJCIImFIBaFIA+FNwPoCCABQYACaiEBDAILAAsLIAJB4AhqIgAQRCAAIAsQnAIgAiACKQOYCSIPIAIpA5AJIhBCAYiFQtWq1arVqtWq1QCDIhEgD4UiDyACKQOICSISIAIpA4AJIhNCAYiFQtWq1arVqtWq1QCDIhQgEoUiEkICiIVCs+bMmbPmzJkzgyIWIA+FIg8gAikD+AgiFSACKQPwCCIXQgGIhULVqtWq1arVqtUAgyIZIBWFIhUgAikD6AgiGCACKQPgCCIaQgGIhULVqtWq1arVqtUAgyIbIBiFIhhCAoiFQrPmzJmz5syZM4MiHCAVhSIVQgSIhUKPnrz48OHDhw+DIh0gD4UiDzwAhAggAiAPQjiIPACPCCACIA9CKIg8AI4IIAIgD0IYiDwAjQggAiAPQgiIPACMCCACIA9CMIg8AIcIIAIgD0IgiDwAhgggAiAPQhCIPACFCCACIB1CBIYgFYUiDzwAgAggAiAPQjiIPACLCCACIA9CKIg8AIoIIAIgD0IYiDwAiQggAiAPQgiIPACICCACIA9CMIg8AIMIIAIgD0IgiDwAggggAiAPQhCIPACBCCACIBAgEUIBhoUiDyATIBRCAYaFIhBCAoiFQrPmzJmz5syZM4MiESAPhSIPIBcgGUIBhoUiEyAaIBtCAYaFIhRCAoiFQrPmzJmz5syZM4MiFSAThSITQgSIhUKPnrz48OHDhw+DIhcgD4UiDzwA9AcgAiAPQjiIPAD/ByACIA9CKIg8AP4HIAIgD0IYiDwA/QcgAiAPQgiIPAD8ByACIA9CMIg8APcHIAIgD0IgiDwA9gcgAiAPQhCIPAD1ByACIBZCAoYgEoUiDyAcQgKGIBiFIhJCBIiFQo+evPjw4cOHD4MiFiAPhSIPPADkByACIA9COIg8AO8HIAIgD0IoiDwA7gcgAiAPQhiIPADtByACIA9CCIg8AOwHIAIgD0IwiDwA5wcgAiAPQiCIPADmByACIA9CEIg8AOUHIAIgF0IEhiAThSIPPADwByACIA9COIg8APsHIAIgD0IoiDwA+gcgAiAPQhiIPAD5ByACIA9CCIg8APgHIAIgD0IwiDwA8wcgAiAPQiCIPADyByACIA9CEIg8APEHIAIgFkIEhiAShSIPPADgByACIA9COIg8AOsHIAIgD0IoiDwA6gcgAiAPQhiIPADpByACIA9CCIg8AOgHIAIgD0IwiDwA4wcgAiAPQiCIPADiByACIA9CEIg8AOEHIAIgEUIChiAQhSIPIBVCAoYgFIUiEEIEiIVCj568+PDhw4cPgyIRIA+FIg88ANQHIAIgD0I4iDwA3wcgAiAPQiiIPADeByACIA9CGIg8AN0HIAIgD0IIiDwA3AcgAiAPQjCIPADXByACIA9CIIg8ANYHIAIgD0IQiDwA1QcgAiARQgSGIBCFIg88ANAHIAIgD0I4iDwA2wcgAiAPQiiIPADaByACIA9CGIg8ANkHIAIgD0IIiDwA2AcgAiAPQjCIPADTByACIA9CIIg8ANIHIAIgD0IQiDwA0QcgAkGQCGogByAEQQZ0IgNqQcAA/AoAACAAENwBQQAhAANAAkAgAEEERwRAIAJB4AhqIABBBHRqIQxBACEBA0AgAUEQRg0CIAJBkAhqIABB/NvAABDVAiABQYzcwAAQ4AItAAAhDSACQdAHaiAAQZzcwAAQ1QIgAUGs3MAAEOACLQAAIQ4gDCABQbzcwAAQ4AIgDSAOczoAACABQQFqIQEMAAsACyADIAZqIAJB4AhqQcAA/AoAACAEQQFqIQQMAwsgAEEBaiEADAALAAsLIAVBA3EiCkEEdCEAIAJB4AhqIgEQ3AEDQCAABEAgAkHQCGoiAyAJEJsBIAJB0AdqIgQQgwIgBCADEPUBIAJBkAhqIAggBBAwIAEgAikAmAg3AAggASACKQCQCDcAACAAQRBrIQAgAUEQaiEBDAEFIAYgBUEEdEFAcSIAaiEFIAAgB2ohBkEAIQADQCAAIApGRQRAIAIgBiAAQQR0IgRqIgEpAAg3A9gHIAIgASkAADcD0AcgAkHgCGogBGohByACQZAIahD+AUEAIQEDQCABQRBGRQRAIAJB0AdqIAFBzNvAABDgAi0AACEIIAcgAUHc28AAEOACLQAAIQkgAkGQCGogAUHs28AAEOACIAggCXM6AAAgAUEBaiEBDAELCyAEIAVqIgEgAikAmAg3AAggASACKQCQCDcAACAAQQFqIQAMAQsLIAJBoAlqJAALCwuPJAIIfwF+AkACQAJAAkAgAEH1AU8EQCAAQcz/e0sEQEEADwsgAEELaiIBQXhxIQVB0JfBACgCACIIRQ0CQR8hByAAQfX//wdPDQEgBUEmIAFBCHZnIgBrdkEBcSAAQQF0a0E+aiEHDAELAkACQAJAAkACQEHMl8EAKAIAIgJBECAAQQtqQfgDcSAAQQtJGyIFQQN2IgB2IgFBA3EEQCABQX9zQQFxIABqIgZBA3QiAEHElcEAaiIEIABBzJXBAGooAgAiASgCCCIDRg0BIAMgBDYCDCAEIAM2AggMAgsgBUHUl8EAKAIATQ0GIAENAkHQl8EAKAIAIgBFDQYgAGhBAnRBtJTBAGooAgAiASgCBEF4cSAFayEDIAEhAgNAAkAgASgCECIADQAgASgCFCIADQAgAigCGCEHAkACQCACIAIoAgwiAEYEQCACQRRBECACKAIUIgAbaigCACIBDQFBACEADAILIAIoAggiASAANgIMIAAgATYCCAwBCyACQRRqIAJBEGogABshBANAIAQhBiABIgBBFGogAEEQaiAAKAIUIgEbIQQgAEEUQRAgARtqKAIAIgENAAsgBkEANgIACyAHRQ0GAkAgAigCHEECdEG0lMEAaiIBKAIAIAJHBEAgAiAHKAIQRwRAIAcgADYCFCAADQIMCQsgByAANgIQIAANAQwICyABIAA2AgAgAEUNBgsgACAHNgIYIAIoAhAiAQRAIAAgATYCECABIAA2AhgLIAIoAhQiAUUNBiAAIAE2AhQgASAANgIYDAYLIAAoAgRBeHEgBWsiASADIAEgA0kiARshAyAAIAIgARshAiAAIQEMAAsAC0HMl8EAIAJBfiAGd3E2AgALIAEgAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBCABQQhqDwsCQEECIAB0IgRBACAEa3IgASAAdHFoIgZBA3QiAUHElcEAaiIEIAFBzJXBAGooAgAiACgCCCIDRwRAIAMgBDYCDCAEIAM2AggMAQtBzJfBACACQX4gBndxNgIACyAAIAVBA3I2AgQgACAFaiIHIAEgBWsiBkEBcjYCBCAAIAFqIAY2AgBB1JfBACgCACICBEBB3JfBACgCACEBAkBBzJfBACgCACIEQQEgAkEDdnQiA3FFBEBBzJfBACADIARyNgIAIAJBeHFBxJXBAGoiAyEEDAELIAJBeHEiAkHElcEAaiEEIAJBzJXBAGooAgAhAwsgBCABNgIIIAMgATYCDCABIAQ2AgwgASADNgIIC0Hcl8EAIAc2AgBB1JfBACAGNgIADAULQdCXwQBB0JfBACgCAEF+IAIoAhx3cTYCAAsCQAJAIANBEE8EQCACIAVBA3I2AgQgAiAFaiIGIANBAXI2AgQgAyAGaiADNgIAQdSXwQAoAgAiAUUNAUHcl8EAKAIAIQACQEHMl8EAKAIAIgRBASABQQN2dCIHcUUEQEHMl8EAIAQgB3I2AgAgAUF4cUHElcEAaiIEIQEMAQsgAUF4cSIEQcSVwQBqIQEgBEHMlcEAaigCACEECyABIAA2AgggBCAANgIMIAAgATYCDCAAIAQ2AggMAQsgAiADIAVqIgBBA3I2AgQgACACaiIAIAAoAgRBAXI2AgQMAQtB3JfBACAGNgIAQdSXwQAgAzYCAAsgAkEIaiIARQ0BDAILQQAgBWshAwJAAkACQCAHQQJ0QbSUwQBqKAIAIgJFBEBBACEBQQAhAAwBC0EAIQEgBUEZIAdBAXZrQQAgB0EfRxt0IQRBACEAA0ACQCACKAIEQXhxIgYgBUkNACAGIAVrIgYgA08NACACIQEgBiIDDQBBACEDIAEhAAwDCyACKAIUIgYgACAGIAIgBEEddkEEcWooAhAiAkcbIAAgBhshACAEQQF0IQQgAg0ACwsgACABckUEQEEAIQFBAiAHdCIAQQAgAGtyIAhxIgBFDQMgAGhBAnRBtJTBAGooAgAhAAsgAEUNAQsDQCADIAAoAgRBeHEiBCAFayICIAMgAiADSSIGGyAEIAVJIgQbIQMgASAAIAEgBhsgBBshASAAKAIQIgIEfyACBSAAKAIUCyIADQALCyABRQ0AIAVB1JfBACgCACIATSADIAAgBWtPcQ0AIAEoAhghBwJAAkAgASABKAIMIgBGBEAgAUEUQRAgASgCFCIAG2ooAgAiAg0BQQAhAAwCCyABKAIIIgIgADYCDCAAIAI2AggMAQsgAUEUaiABQRBqIAAbIQQDQCAEIQYgAiIAQRRqIABBEGogACgCFCICGyEEIABBFEEQIAIbaigCACICDQALIAZBADYCAAsCQCAHRQ0AAkACQCABKAIcQQJ0QbSUwQBqIgIoAgAgAUcEQCABIAcoAhBHBEAgByAANgIUIAANAgwECyAHIAA2AhAgAA0BDAMLIAIgADYCACAARQ0BCyAAIAc2AhggASgCECICBEAgACACNgIQIAIgADYCGAsgASgCFCICRQ0BIAAgAjYCFCACIAA2AhgMAQtB0JfBAEHQl8EAKAIAQX4gASgCHHdxNgIACwJAIANBEE8EQCABIAVBA3I2AgQgASAFaiIAIANBAXI2AgQgACADaiADNgIAIANBgAJPBEAgACADEGQMAgsCQEHMl8EAKAIAIgJBASADQQN2dCIEcUUEQEHMl8EAIAIgBHI2AgAgA0H4AXFBxJXBAGoiAyECDAELIANB+AFxIgRBxJXBAGohAiAEQcyVwQBqKAIAIQMLIAIgADYCCCADIAA2AgwgACACNgIMIAAgAzYCCAwBCyABIAMgBWoiAEEDcjYCBCAAIAFqIgAgACgCBEEBcjYCBAsgAUEIaiIADQELAkACQAJAAkACQCAFQdSXwQAoAgAiAUsEQCAFQdiXwQAoAgAiAE8EQCAFQa+ABGoiAUEQdkAAIgJBf0YEQEEADwtBACEAIAJBEHQiAkUNB0Hkl8EAIAFBgIB8cSIAQRBrIAAgAkEAIABrRhsiAUHkl8EAKAIAaiIANgIAQeiXwQAgAEHol8EAKAIAIgQgACAESxs2AgACQAJAQeCXwQAoAgAiBARAQbSVwQAhAANAIAAoAgAiAyAAKAIEIgZqIAJGDQIgACgCCCIADQALDAILQfCXwQAoAgAiAEEAIAAgAk0bRQRAQfCXwQAgAjYCAAtB9JfBAEH/HzYCAEG4lcEAIAE2AgBBtJXBACACNgIAQdCVwQBBxJXBADYCAEHYlcEAQcyVwQA2AgBBzJXBAEHElcEANgIAQeCVwQBB1JXBADYCAEHUlcEAQcyVwQA2AgBB6JXBAEHclcEANgIAQdyVwQBB1JXBADYCAEHwlcEAQeSVwQA2AgBB5JXBAEHclcEANgIAQfiVwQBB7JXBADYCAEHslcEAQeSVwQA2AgBBgJbBAEH0lcEANgIAQfSVwQBB7JXBADYCAEGIlsEAQfyVwQA2AgBB/JXBAEH0lcEANgIAQcCVwQBBADYCAEGQlsEAQYSWwQA2AgBBhJbBAEH8lcEANgIAQYyWwQBBhJbBADYCAEGYlsEAQYyWwQA2AgBBlJbBAEGMlsEANgIAQaCWwQBBlJbBADYCAEGclsEAQZSWwQA2AgBBqJbBAEGclsEANgIAQaSWwQBBnJbBADYCAEGwlsEAQaSWwQA2AgBBrJbBAEGklsEANgIAQbiWwQBBrJbBADYCAEG0lsEAQayWwQA2AgBBwJbBAEG0lsEANgIAQbyWwQBBtJbBADYCAEHIlsEAQbyWwQA2AgBBxJbBAEG8lsEANgIAQdCWwQBBxJbBADYCAEHYlsEAQcyWwQA2AgBBzJbBAEHElsEANgIAQeCWwQBB1JbBADYCAEHUlsEAQcyWwQA2AgBB6JbBAEHclsEANgIAQdyWwQBB1JbBADYCAEHwlsEAQeSWwQA2AgBB5JbBAEHclsEANgIAQfiWwQBB7JbBADYCAEHslsEAQeSWwQA2AgBBgJfBAEH0lsEANgIAQfSWwQBB7JbBADYCAEGIl8EAQfyWwQA2AgBB/JbBAEH0lsEANgIAQZCXwQBBhJfBADYCAEGEl8EAQfyWwQA2AgBBmJfBAEGMl8EANgIAQYyXwQBBhJfBADYCAEGgl8EAQZSXwQA2AgBBlJfBAEGMl8EANgIAQaiXwQBBnJfBADYCAEGcl8EAQZSXwQA2AgBBsJfBAEGkl8EANgIAQaSXwQBBnJfBADYCAEG4l8EAQayXwQA2AgBBrJfBAEGkl8EANgIAQcCXwQBBtJfBADYCAEG0l8EAQayXwQA2AgBByJfBAEG8l8EANgIAQbyXwQBBtJfBADYCAEHgl8EAIAI2AgBBxJfBAEG8l8EANgIAQdiXwQAgAUEoayIANgIAIAIgAEEBcjYCBCAAIAJqQSg2AgRB7JfBAEGAgIABNgIADAgLIAIgBE0gAyAES3INACAAKAIMRQ0DC0Hwl8EAQfCXwQAoAgAiACACIAAgAkkbNgIAIAEgAmohA0G0lcEAIQACQAJAA0AgAyAAKAIAIgZHBEAgACgCCCIADQEMAgsLIAAoAgxFDQELQbSVwQAhAANAAkAgBCAAKAIAIgNPBEAgBCADIAAoAgRqIgZJDQELIAAoAgghAAwBCwtB4JfBACACNgIAQdiXwQAgAUEoayIANgIAIAIgAEEBcjYCBCAAIAJqQSg2AgRB7JfBAEGAgIABNgIAIAQgBkEga0F4cUEIayIAIAAgBEEQakkbIgNBGzYCBEG0lcEAKQIAIQkgA0EQakG8lcEAKQIANwIAIANBCGoiACAJNwIAQbiVwQAgATYCAEG0lcEAIAI2AgBBvJXBACAANgIAQcCVwQBBADYCACADQRxqIQADQCAAQQc2AgAgAEEEaiIAIAZJDQALIAMgBEYNByADIAMoAgRBfnE2AgQgBCADIARrIgBBAXI2AgQgAyAANgIAIABBgAJPBEAgBCAAEGQMCAsCQEHMl8EAKAIAIgFBASAAQQN2dCICcUUEQEHMl8EAIAEgAnI2AgAgAEH4AXFBxJXBAGoiACEBDAELIABB+AFxIgBBxJXBAGohASAAQcyVwQBqKAIAIQALIAEgBDYCCCAAIAQ2AgwgBCABNgIMIAQgADYCCAwHCyAAIAI2AgAgACAAKAIEIAFqNgIEIAIgBUEDcjYCBCAGQQ9qQXhxQQhrIgMgAiAFaiIAayEFIANB4JfBACgCAEYNAyADQdyXwQAoAgBGDQQgAygCBCIBQQNxQQFGBEAgAyABQXhxIgEQWiABIAVqIQUgASADaiIDKAIEIQELIAMgAUF+cTYCBCAAIAVBAXI2AgQgACAFaiAFNgIAIAVBgAJPBEAgACAFEGQMBgsCQEHMl8EAKAIAIgFBASAFQQN2dCIEcUUEQEHMl8EAIAEgBHI2AgAgBUH4AXFBxJXBAGoiBSEDDAELIAVB+AFxIgFBxJXBAGohAyABQcyVwQBqKAIAIQULIAMgADYCCCAFIAA2AgwgACADNgIMIAAgBTYCCAwFC0HYl8EAIAAgBWsiATYCAEHgl8EAQeCXwQAoAgAiACAFaiICNgIAIAIgAUEBcjYCBCAAIAVBA3I2AgQgAEEIaiEADAYLQdyXwQAoAgAhAAJAIAEgBWsiAkEPTQRAQdyXwQBBADYCAEHUl8EAQQA2AgAgACABQQNyNgIEIAAgAWoiASABKAIEQQFyNgIEDAELQdSXwQAgAjYCAEHcl8EAIAAgBWoiBDYCACAEIAJBAXI2AgQgACABaiACNgIAIAAgBUEDcjYCBAsMBgsgACABIAZqNgIEQeCXwQBB4JfBACgCACIAQQ9qQXhxIgJBCGsiBDYCAEHYl8EAQdiXwQAoAgAgAWoiASAAIAJrakEIaiICNgIAIAQgAkEBcjYCBCAAIAFqQSg2AgRB7JfBAEGAgIABNgIADAMLQeCXwQAgADYCAEHYl8EAQdiXwQAoAgAgBWoiATYCACAAIAFBAXI2AgQMAQtB3JfBACAANgIAQdSXwQBB1JfBACgCACAFaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALIAJBCGoPC0EAIQBB2JfBACgCACIBIAVNDQBB2JfBACABIAVrIgE2AgBB4JfBAEHgl8EAKAIAIgAgBWoiAjYCACACIAFBAXI2AgQgACAFQQNyNgIEDAELIAAPCyAAQQhqC8AYAQ5/IwBBEGsiBCQAIAQgAhBLA0AgBCABIAtqIg0QnQIgBBBDIAQgBC8BDCICQQ90IAJBAXZyQYiR/v8HcSACQQt0IAJBBXZyQffuAXFyIgYgAnMiBSAELwEOIgJBD3QgAkEBdnJBiJH+/wdxIAJBC3QgAkEFdnJB9+4BcXIiAyACIANzIgJBCnQgAkH//wNxIgNBBnZyQcyZA3EgAkEGdCADQQp2ckGz5gBxcnNzOwEOIAQgBC8BCiIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgggA3MiByAGIAVBCnQgBUH//wNxIgNBBnZyQcyZA3EgBUEGdCADQQp2ckGz5gBxcnNzOwEMIAQgBC8BCCIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgwgA3MiBSAIIAdBCnQgB0H//wNxIgNBBnZyQcyZA3EgB0EGdCADQQp2ckGz5gBxcnNzOwEKIAQgBC8BAiIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgkgA3MiByAELwEEIgNBD3QgA0EBdnJBiJH+/wdxIANBC3QgA0EFdnJB9+4BcXIiBiADIAZzIgZBCnQgBkH//wNxIgNBBnZyQcyZA3EgBkEGdCADQQp2ckGz5gBxcnNzOwEEIAQgBC8BACIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgogA3MiCEEKdCAIQf//A3EiA0EGdnJBzJkDcSAIQQZ0IANBCnZyQbPmAHFyIApzIAJzOwEAIAQgBC8BBiIDQQ90IANBAXZyQYiR/v8HcSADQQt0IANBBXZyQffuAXFyIgogA3MiAyAMIAVBCnQgBUH//wNxIg5BBnZyQcyZA3EgBUEGdCAOQQp2ckGz5gBxcnNzIAJzOwEIIAQgCiADQQp0IANB//8DcSIFQQZ2ckHMmQNxIANBBnQgBUEKdnJBs+YAcXJzIAZzIAJzOwEGIAQgAiAJIAdBCnQgB0H//wNxIgJBBnZyQcyZA3EgB0EGdCACQQp2ckGz5gBxcnMgCHNzOwECIAQgDUEQaiINEJ0CIAtBwAFGBEAgBBDxASAEEEMgBCABQeABahCdAiAAIAQvAQ4iASAELwEMIgJBAXZzQdWqAXEiCyABcyIBIAQvAQoiAyAELwEIIgVBAXZzQdWqAXEiByADcyIDQQJ2c0Gz5gBxIgYgAXMiASAELwEGIgggBC8BBCINQQF2c0HVqgFxIgwgCHMiCCAELwECIgkgBC8BACIKQQF2c0HVqgFxIg4gCXMiCUECdnNBs+YAcSIPIAhzIghBBHZzQY8ecSIQIAFzIgE6AA0gACABQQh2OgAPIAAgEEEEdCAIcyIBOgAMIAAgAiALQQF0cyICIAUgB0EBdHMiC0ECdnNBs+YAcSIFIAJzIgIgDSAMQQF0cyIHIAogDkEBdHMiCEECdnNBs+YAcSINIAdzIgdBBHZzQY8ecSIMIAJzIgI6AAkgACAGQQJ0IANzIgMgD0ECdCAJcyIGQQR2c0GPHnEiCSADcyIDOgAFIAAgAUEIdjoADiAAIAJBCHY6AAsgACAMQQR0IAdzIgE6AAggACADQQh2OgAHIAAgCUEEdCAGcyICOgAEIAAgBUECdCALcyILIA1BAnQgCHMiA0EEdnNBjx5xIgUgC3MiCzoAASAAIAFBCHY6AAogACACQQh2OgAGIAAgC0EIdjoAAyAAIAVBBHQgA3MiAToAACAAIAFBCHY6AAIgBEEQaiQABSAEEEMgBCAELwEMIgJBDnQgAkECdnJBzJn//wNxIAJBCnQgAkEGdnJBs+YAcXIiBiACcyIFIAQvAQ4iAkEOdCACQQJ2ckHMmf//A3EgAkEKdCACQQZ2ckGz5gBxciIDIAIgA3MiAkEIdCACQYD+A3FBCHZyc3M7AQ4gBCAELwEKIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCCADcyIHIAYgBUEIdCAFQYD+A3FBCHZyc3M7AQwgBCAELwEIIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiDCADcyIFIAggB0EIdCAHQYD+A3FBCHZyc3M7AQogBCAELwECIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCSADcyIHIAQvAQQiA0EOdCADQQJ2ckHMmf//A3EgA0EKdCADQQZ2ckGz5gBxciIGIAMgBnMiBkEIdCAGQYD+A3FBCHZyc3M7AQQgBCAELwEAIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCiADcyIIQQh0IAhBgP4DcUEIdnIgCnMgAnM7AQAgBCAELwEGIgNBDnQgA0ECdnJBzJn//wNxIANBCnQgA0EGdnJBs+YAcXIiCiADcyIDIAwgBUEIdCAFQYD+A3FBCHZyc3MgAnM7AQggBCAKIANBCHQgA0GA/gNxQQh2cnMgBnMgAnM7AQYgBCAJIAdBCHQgB0GA/gNxQQh2cnMgCHMgAnM7AQIgBCANQRBqEJ0CIAQQQyAEIAQvAQwiAkENdCACQQN2ckHu3f//AXEgAkEJdCACQQd2ckGRInFyIgYgAnMiBSAELwEOIgJBDXQgAkEDdnJB7t3//wFxIAJBCXQgAkEHdnJBkSJxciIDIAIgA3MiAkEKdCACQf//A3EiA0EGdnJBzJkDcSACQQZ0IANBCnZyQbPmAHFyc3M7AQ4gBCAELwEKIgNBDXQgA0EDdnJB7t3//wFxIANBCXQgA0EHdnJBkSJxciIIIANzIgcgBiAFQQp0IAVB//8DcSIDQQZ2ckHMmQNxIAVBBnQgA0EKdnJBs+YAcXJzczsBDCAEIAQvAQgiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgwgA3MiBSAIIAdBCnQgB0H//wNxIgNBBnZyQcyZA3EgB0EGdCADQQp2ckGz5gBxcnNzOwEKIAQgBC8BAiIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiCSADcyIHIAQvAQQiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgYgAyAGcyIGQQp0IAZB//8DcSIDQQZ2ckHMmQNxIAZBBnQgA0EKdnJBs+YAcXJzczsBBCAEIAQvAQAiA0ENdCADQQN2ckHu3f//AXEgA0EJdCADQQd2ckGRInFyIgogA3MiCEEKdCAIQf//A3EiA0EGdnJBzJkDcSAIQQZ0IANBCnZyQbPmAHFyIApzIAJzOwEAIAQgBC8BBiIDQQ10IANBA3ZyQe7d//8BcSADQQl0IANBB3ZyQZEicXIiCiADcyIDIAwgBUEKdCAFQf//A3EiDkEGdnJBzJkDcSAFQQZ0IA5BCnZyQbPmAHFyc3MgAnM7AQggBCAKIANBCnQgA0H//wNxIgVBBnZyQcyZA3EgA0EGdCAFQQp2ckGz5gBxcnMgBnMgAnM7AQYgBCACIAkgB0EKdCAHQf//A3EiAkEGdnJBzJkDcSAHQQZ0IAJBCnZyQbPmAHFycyAIc3M7AQIgBCANQSBqEJ0CIAQQQyAEIAQvAQwiAkEMdCACQQR2ciIHIAJzIgMgBC8BDiICQQx0IAJBBHZyIgUgAiAFcyICQQh0IAJBgP4DcUEIdnJzczsBDiAEIAQvAQoiBUEMdCAFQQR2ciIGIAVzIgUgByADQQh0IANBgP4DcUEIdnJzczsBDCAEIAQvAQgiA0EMdCADQQR2ciINIANzIgMgBiAFQQh0IAVBgP4DcUEIdnJzczsBCiAEIAQvAQIiBUEMdCAFQQR2ciIMIAVzIgUgBC8BBCIHQQx0IAdBBHZyIgYgBiAHcyIHQQh0IAdBgP4DcUEIdnJzczsBBCAEIAQvAQAiBkEMdCAGQQR2ciIIIAZzIgZBCHQgBkGA/gNxQQh2ciAIcyACczsBACAEIAQvAQYiCEEMdCAIQQR2ciIJIAhzIgggDSADQQh0IANBgP4DcUEIdnJzcyACczsBCCAEIAkgCEEIdCAIQYD+A3FBCHZycyAHcyACczsBBiAEIAwgBUEIdCAFQYD+A3FBCHZycyAGcyACczsBAiALQUBrIQsMAQsLC5sdAwx/Bn4BbyMAQdABayICJAACQAJ/AkACQAJAAkACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCAALQCYBUEBaw4DCQIBAAsgAEHIAmogAEHIAvwKAAALIABByAJqIQwCQAJAIAAtAIgFQQFrDgMIAgEACyAAKAL4BCEFIAJB9ABqIgMgACgCgAUgACgChAUQYiACLQB0QQtHBEBBq6LAAEENQbiiwABBEBDaASEEIAMQ1AIMFgsgAiACLQB3OgBiIAIgAi8AdTsBYCACIAIpAnw3AGcgAiACLQCEAToAbyACIAIoAng2AGMgAkECNgKcASACQQI2AogBIAIgBUEMaigCACIDNgKwASACIAMgBUEQaigCAEHoAGwiBmoiBTYCtAEgAkGcAWohCAJ/AkADQCAGRQ0BIAJBADYCkAEgAkEBNgKIASACIAMoAmAiBDYClAEgAiADQRBqNgKMASACIAQgAygCZEEwbGo2ApgBIAZB6ABrIQYgA0HoAGohAyACQdgAaiACQeAAaiACQYgBahCFASACKAJYIgRFDQALIAIoAlwMAQsgAiAFNgKwASACQQI2AogBIAIoApwBQQJGDQwgAkHQAGogAkHgAGogCBCFASACKAJQIgRFDQwgAigCVAshCSAEKQMQIQ4gAEHgBGogBEEcaigCACAEQSBqKAIAEPABIAAgBCkDCDcD0AQgACAEKQMANwPIBCAAIA43A9gEIABByARqIQYgAC0AiQVFBEAgACgC+AQhCkEAIQEgACgC8AQiBBDKAyIDQQBIDQtBACEIAkAgA0UEQEEBIQdBACEFDAELQQEhASACQcgAakEBIAMQ1wIgAyEFIAIoAkgiB0UNDAsgBCAHIAQQygMQ7AEgAiAHNgK8ASACIAU2ArgBIAIgAzYCwAEgACkD2AQiDhDeAiADrVINEyACQeAAaiAKQThqIAYgCRDEASACQYgBaiAKQRhqIAIoAmQiBiACKAJoIAcgAxAzIAItAIgBIghBC0cEQCACIAItAIsBOgDGASACIAIvAIkBOwHEASACKAKMASEFIAIoApABIQQgAigClAEhASACKAKYASELIAIoAmAgBhCoAwwUCyACIAIoApQBIgg2AswBIAIgAigCkAEiBDYCyAEgAiACKAKMASIFNgLEASACKAJgIAYQqAMgAkFAayAOpyIHIAQgCEGsysAAEKkCIAIoAkQhAyACKAJAIQYDQCADRQ0LIANBAWshAyAGLQAAIQEgBkEBaiEGIAFFDQALIAJBxAFqEIQBIAIoAsQBIAIoAsgBEKgDQQAhCAwTCyACQTBqEH4gAigCMEEBcQ0CQZShwABBB0H4osAAQScQ2gEhBAwUCyAAQbAEaiEIAkACQAJAIAAtALAEQQFrDgQHAwEAAgsgASgCACEFIAAoAsAEIQMMDQsgACgCuAQhAwwECyAAKAK8AyEDIAAoAsADIQkgACgCuAMhBiAAKAK0AyEEIAAoArADIQcMAgsACyACKAI0IQUgAEEAOgCwBCAAIAk2AsADIAAgBjYCuAMgACAFNgL0BCAAIABB8ARqIgM2ArwDIAAgAEH0BGoiBzYCsAMgACAAKAL4BEEIaiIENgK0AyAAQbAEaiEICyAAIAM2AswDIAAgBjYCyAMgACAHNgLEAyAAIAMoAgAQygOtIg43A8gCAkAgACgCyAMpAxAiEBDeAiAOUQRAIAAgEBCeAiIONwPQAiAAIA5CDohCAXw3A9gCIABB4AJqIgVBAEE4/AsAIAAoAswDKAIAQQBBOBDvAiIDIAVBOBDsASADEJoDIAAgACkD8AI3A6gDIAAgACkD6AI3A6ADIAAgACkD4AI3A5gDIABB0ANqIARBMGogACgCyAMgCRDEASAAQdwDaiIFIARBEGogAEGYA2ogACgC1AMgACgC2AMQfEEAIQNBASEGA0AgA0EgRg0CIAAgA2oiBEH4AmotAAAgBEH8A2otAABzIgRBACAEa3LAQQBOEIcDIAZxIQYgA0EBaiEDDAALAAsQpgMhBAwNCwJAIAYQhwNB/wFxBEAgACAFQSAQ/wI2AqgEIABB86DAAEEHEIIDIgUQgAM2AqwEIAUQmgMgACgCxAMoAgAlAUH6oMAAQQMgACgCqAQlAUH9oMAAQQdBACAAKAKsBCUBEA4hFBBhIgUgFCYBIAJBKGoQxgIgAigCKEEBcUUNASACKAIsIQNBlKHAAEEHQZuhwABBKhDaASEEDAwLEKYDIQQMDAsgACAFEIsBIgM2ArgECyACQSBqIAMgASgCACIFEJEBQQIhBiACKAIgIgRBAkcNAUEDDAwLQYShwAAQqgMACyACKAIkIQMgACgCuAQQ4wIgBEEBRgRAQZShwABBB0GbocAAQSoQ2gEhBAwICyAAIAM2ArgEIAAoAqgEEMoDIQEgACgCqAQlAUEAQQAgARAPIRQQYSIBIBQmASABEJoDIAAoAtgCEBAhFBBhIgEgFCYBIAAgATYCvAQgAEGcBGohBiACQeQAaiEJIAJBmAFqIQQgACkD2AIhEEIAIQ4DQAJAIA4gEFIEQCACIAYoAAg2AmggAiAGKQAANwNgIAQgDkI4hiAOQoD+A4NCKIaEIA5CgID8B4NCGIYgDkKAgID4D4NCCIaEhCAOQgiIQoCAgPgPgyAOQhiIQoCA/AeDhCAOQiiIQoD+A4MgDkI4iISEhDcCACACQgA3AqABQQAhAwNAIANBCEYNAiADIAlqIgEgAS0AACADIARqLQAAczoAACADQQFqIQMMAAsACyAAKAK8BCUBEBEhFBBhIgEgFCYBIAAgARCLASIDNgLABAwHCyACQeAAakEMEP8CIQMQoQMiASUBQf2gwABBBxASIAElASADJQEQEyADEJoDIAAoAsQDIAAoAswDKAIAIA5CkIABfiIPp0E4aiAAKQPIAiIRIA9CyIABfCIPIA8gEVYbpxDvAiEDKAIAJQEgASUBIAAoArgEJQEgAyUBEBQhFBBhIgcgFCYBIAJBGGoQxgIgAigCGEEBRgRAIAIoAhwQpgMhBBCaAyADEJoDIAEQmgMMCAUgAxCaAyAAKAK8BCUBIA6nIAclASAHENYBEBUgARCaAyAOQgF8IQ4MAQsACwALQeiiwAAQqgMAC0GEpsAAEKoDAAsgCCAHIAcgCEsbIQFBCyEIDAgLIAEQ8gIAC0GrosAAQQ1ByKLAAEEdENoBIQQMCQsgAkEQaiADIAUQkQFBAiEGQQQgAigCECIBQQJGDQQaIAIoAhQhCSAAKALABBDjAiABQQFGBEAQpgMhBCAJEJoDDAELEBYhFBBhIgUgFCYBIAJBADYCkAEgAkKAgICAEDcCiAEgACkD2AIhE0EBIQFBACEEQgAhDgNAAkACQCAOIBNSBEAgCSUBIA6nEBchFBBhIgcgFCYBAkBCgIABIAApA9ACIA5CDoYiEH0iDyAPQoCAAVobIg8gByUBEBitUQRAIAAoAsgDKQMQIhEgEH0iEkIAIBEgElobIhIgD1QEQCACAn8gBCAHIBKnIgsgDyASfacQ8AIiChDKAyIDTwRAIAMMAQsgAkGIAWogAyAEayIEEGYgBEEBayEDIAIoAowBIgEgAigCkAEiDWohBgNAIAZBADoAACADBEAgA0EBayEDIAZBAWohBgwBCwsgBCANagsiBDYCkAEgCiABIAQQ7AFBACEDA0AgAyAERg0FIAEgA2ogA0EBaiEDLQAARQ0ACxCmAyEEIAoQmgMMAgsgBSAHELQDDAQLEKYDIQQLIAcQmgMgAigCiAEgAigCjAEQqAMgBRCaAyAJEJoDDAQLIAJBCGogBSAAKALIAyIBKAIcIAEoAiAQuwEgAigCDCEEIAIoAgghBiACKAKIASACKAKMARCoAyAFEJoDIAkQmgMgACgCvAQQmgMgACgCuAQQmgMgACgCrAQQmgMgACgCqAQQmgMgAEHcA2oQrgIgACgC0AMgAEHUA2ooAgAQqANBAQwHCyAKEJoDIBAgEVoNACAFIAdBACALEPACIgMQtAMgAxCaAwsgDkIBfCEOIAcQmgMMAAsACyAAKAK8BBCaAyAAKAK4BCEDCyADEJoDIAAoAqwEEJoDIAAoAqgEEJoDCyAAQdwDahCuAiAAKALQAyAAQdQDaigCABCoAwtBASEGQQELIQEgCCABOgAAQQIhAyAGQQJGBEAgAEEDOgCIBQwGCyAMEN8BIAAoAvQEEJoDIAZBAXFFDQEMAgsgAkG4AWoQhAECQAJAAkAgCEELRwRAIAIgCDoAiAEgAiACLwHEATsAiQEgAiACLQDGAToAiwEgAiALNgKYASACIAE2ApQBIAIgBDYCkAEgAiAFNgKMARCmAyEEIAJBiAFqENQCDAELIAVBgICAgHhHDQELIAIoArgBIAIoArwBEKgDQQEhAwwBCyACIAE2AmggAiAENgJkIAIgBTYCYCAEIAEQ/wIhASACQeAAahCEASACQThqIAEQgAMiBSAAKALkBCAAKALoBBC7ASACKAI8IQQgAigCOCEDIAUQmgMgARCaAyACKAJgIAIoAmQQqAMgAigCuAEgAigCvAEQqAMLIANBAXENAQsgACgC4AQgAEHkBGooAgAQqANBAAwCCyAAKALgBCAAQeQEaigCABCoAwtBAQshAyAAKAL4BBDmAiAAKAL8BCAAQYAFaigCABCoAyAAKALwBBCaAyAAQQE6AIgFCyAAIANBAkYiBQR/QQMFIAwQ+QEgAEGUBUGQBSADQQFxG2ooAgAjAEEQayIBJAAlAUGACCUBIAQlARAJIRQQYSIDIBQmASABQQhqEMYCIAEoAgwhBiACIAEoAghBAXEiCDYCACACIAYgAyAIGzYCBCABQRBqJAAgAigCBCACKAIAQQFGBEBB6KbAAEExELgDAAsQmgNBgAgQmgMgBBCaAyAAKAKQBRCaAyAAKAKUBRCaA0EBCzoAmAUgAkHQAWokACAFC/ocAh9/A34jAEGwBGsiAiQAIAJBkAFqIAEQpwECQAJAAkACfyACLQCQAUEBRgRAIAIoApQBDAELIAItAJEBQQFGBEAgAi0AkgFB2wBHDQIgASABLQAYQQFrIgM6ABggA0H/AXENAyACQRg2ArACIAEgAkGwAmoQ0QEhASAAQYCAgIB4NgIAIAAgATYCBAwECyACQQU2ArACIAEgAkGwAmoQ0QELIQEgAEGAgICAeDYCACAAIAE2AgQMAgsgASACQa8EakHg4MAAEEkgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAEgASgCFEEBajYCFCACQQE6ACAgAiABNgIcIAJBAEEIQegAEOIBIAJBADYCLCACIAIoAgQiGjYCKCACIAIoAgA2AiQgAkGMA2ohGyACQfACaiEcIAJBxAJqIQ4gAkG4AmohDyACQbACakEEciEQIAJB7AJqIRcgAkH4A2ohHSACQfQDaiEYAn8CQANAIAJBsAJqIAJBHGoQWyACLQCwAkEBRgRAIAIoArQCIQUMAgsCQAJAAkACQAJAAkACQAJ/An8CQAJAIAItALECQQFGBEAgAkGQAWogAigCHCIGEKcBIAItAJABQQFGBEAgAigClAEhBQwOCyACLQCRAUEBRgRAAkACQCACLQCSASIDQdsARwRAIANB+wBGDQEgBiACQa8EakGA4cAAEEkgBhDYAiEFDBELIAYgBi0AGEEBayIDOgAYIANB/wFxRQ0OIAYgBigCFEEBajYCFCACQQE6AOgDIAIgBjYC5AMgAkGwAmogAkHkA2oQpAEgAigCsAIiB0GBgICAeEYEQCACKAK0AiEFQQIhBAwNCyAHQYCAgIB4Rg0BIAIoArgCIRUgAigCtAIhCSACQbACaiACQeQDahCqASACKAKwAiERIAIoAsgCIgpBgYCAgHhGBEAgESEIDAwLIAIgECgCEDYCsAMgAiAQKQIINwOoAyACIBApAgA3A6ADAkACQCAKQYCAgIB4RwRAIAIoAswCIRMgAikD0AIhISACQbACaiACQeQDahClASACKAK0AiIFIQggAigCsAIiBEECaw4CAQ0CC0EBQfzXwAAQ2wEhCAwNC0EAIQQLIAJBsAJqIAJB5ANqEKUBIAIoArQCIQgCQAJAIAIoArACIhZBAmsOAgAMAQtBACEWCyACQbACaiIMIAJB5ANqEFsCQAJAIAItALACQQFHBEBBgICAgHghAyACLQCxAkEBRw0CIAwgAigC5AMQNSACKAKwAiIDQYCAgIB4Rw0BCyACKAK0AiIeIQgMDAsgAigCuAIhICACKAK0AiEeCyACQQAgICADQYCAgIB4RiINGzYCkAQgAkEIIB4gDRs2AowEIAJBACADIA0bNgKIBCACQbACaiACQeQDahBbAkACQAJ/IAItALACQQFGBEAgAigCtAIMAQsgAi0AsQJFBEBBgICAgHghCwwDCyACQbACaiACKALkAxA6IAIoArQCIQ0gAigCsAIiC0GBgICAeEcNASANCyEIIAJBiARqEOoBDAwLIAIgDykCACIiNwPwAyACIA8pAggiIzcD+AMgAiAiNwO4AyACICM3A8ADCyACIAIoArADNgKQAiACIAIpA6gDNwOIAiACIAIpA6ADNwOAAiACIAIpAogENwPwASACIAIoApAENgL4AQwMCyAGIAYtABhBAWsiAzoAGCADQf8BcUUNCCAGIAYoAhRBAWo2AhQgAkEBOgDMAyACIAY2AsgDQYCAgIB4IQogAkGAgICAeDYC5ANBgYCAgHghCyACQYGAgIB4NgLwA0ECIRJBgICAgHghCEGAgICAeCEMQQIhB0ECIQkDQCACQbACaiACQcgDahBUIAItALACQQFGBEAgAigCtAIhAwwGCwJAAkACQAJAAkACQAJAAkACQCACLQCxAkEBRgRAIAIoAsgDIgNBADYCCCADIAMoAhRBAWo2AhQgAkGwAmogA0EMaiADEDsgAigCtAIhAyACKAKwAkECRg0PAkACQAJAAkACQCADIAIoArgCIgRBg9HAAEEEENkCRQRAIAMgBEG8ysAAQQYQ2QINASADIARBh9HAAEEFENkCDQIgAyAEQYzRwABBBhDZAg0DIAMgBEGS0cAAQQgQ2QINBCADIARBmtHAAEELENkCDQUgAyAEQajRwABBBhDYASEDDBULIApBgICAgHhHBEBBg9HAAEEEEIcCIQMMFQsgAkGwAmogAigCyAMQzwIgAigCtAIhAyACKAKwAiIEQYCAgIB4Rg0GIAIoArgCIRYgAyERIAQhCgwPCyAIQYCAgIB4RwRAQbzKwABBBhCHAiEDDBQLIAJBsAJqIAIoAsgDEM4CIAIoArACIRMgAigCyAIiA0GAgICAeEYNEiACIBAoAhA2AuADIAIgECkCCDcD2AMgAiAQKQIANwPQAyACKALMAiEVIAIpA9ACISEgAyEIDA4LIAdBAkYNDEGH0cAAQQUQhwIhAwwSCyASQQJGDQpBjNHAAEEGEIcCIQMMEQsgDEGAgICAeEYNBkGS0cAAQQgQhwIhAwwQCyALQYGAgIB4Rg0EQZrRwABBCxCHAiEDDA8LIApBgICAgHhGDQIgCEGAgICAeEcNAUG8ysAAQQYQiAIhAyAKIBEQqANBACEJIAohB0GAgICAeAwQC0EBIQlBgICAgHgMDgtBgICAgHghByALQYGAgIB4RwRAIAIgGCgCEDYCqAQgAiAYKQIINwOgBCACIBgpAgA3A5gEIAshBwtBACAfIAxBgICAgHhGIgMbIQtBCCAUIAMbIRRBACAMIAMbIQwgEkEAIBJBAkcbIRIgCUEAIAlBAkcbIQQgAiACKALgAzYCqAIgAiACKQLYAzcDoAIgAiACKQLQAzcDmAIMDwtBASEJQYPRwABBBBCIAiEDQYCAgIB4DAwLIAIoAsgDIgQQogEiAw0BIAJBsAJqIAQQOiACKAK0AiEDIAIoArACIgtBgYCAgHhGDQogAiAPKQIINwOQBCACIA8pAgA3A4gEIAJB8ANqEJADIB0gAikDiAQ3AgAgHSACKQOQBDcCCCACIAM2AvQDIAIgCzYC8AMMBQsgAigCyAMiBBCiASIDRQ0BCyACIAM2ArQCDAgLIAJBsAJqIAQQNSACKAK0AiEUIAIoArACIgxBgICAgHhGBEAgFCEDDAgLIAIoArgCIR8gAkHkA2oQkQMgAiAfNgLsAyACIBQ2AugDIAIgDDYC5AMMAgsgAkGwAmogAigCyAMQ0AIgAigCtAIhDSACKAKwAiISQQJHDQFBASEJIAohByANIQMgCAwICyACQbACaiACKALIAxDQAiACKAK0AiEFIAIoArACIgdBAkYEQEEBIQkgCiEHIAUhAyAIDAgFIAchCQwBCwALAAtBAiEEQQBB/NfAABDbASEFDAoLIAJBBTYCsAIgBiACQbACahDRASEFDA0LIAIgAikCJCIhNwMIIAIgAigCLDYCECAhpwwNC0EBIQkgCiEHIBMhA0GAgICAeAwCC0EBIQkgCgshByAICyEFIAJB8ANqEJADIAJB5ANqEJEDIAVBgICAgHhHBEAgBSAVEKgDC0ECIQQgB0GAgICAeEcgCXEEQCAHIBEQqAMLIAMhBQsgBiAGLQAYQQFqOgAYIAYQjwEhAyAOIAIpA5gCNwIAIA4gAikDoAI3AgggDiACKAKoAjYCECAXIAIpA5gENwIAIBcgAikDoAQ3AgggFyACKAKoBDYCECACIBM2AsACIAIgDTYCvAIgAiASNgK4AiACIAU2ArQCIAIgBzYC6AIgAiAhNwPgAiACIBU2AtwCIAIgCDYC2AIgAiAENgKwAiACIAM2ApgDIAIgCzYClAMgAiAUNgKQAyACIAw2AowDIAIgFjYCiAMgAiARNgKEAyACIAo2AoADAkAgBEECRwRAIAMNASACQZABaiAPQeAA/AoAAAwGC0ECIQQgA0UNBSADELcBDAULIAJBsAJqEMQCQQIhBCADIQUMBAsgAkEYNgKwAiAGIAJBsAJqENEBIQUMBgsgCiATEKgDCyAHIAkQqANBAiEEIAghBQsgBiAGLQAYQQFqOgAYIAYQciEDIA4gAikDgAI3AgAgDiACKQOIAjcCCCAOIAIoApACNgIQIBwgAikDuAM3AwAgHCACKQPAAzcDCCACIBE2AsACIAIgCDYCvAIgAiAWNgK4AiACIAU2ArQCIAIgDTYC7AIgAiALNgLoAiACICE3A+ACIAIgEzYC3AIgAiAKNgLYAiACIAQ2ArACIBsgAikD8AE3AgAgGyACKAL4ATYCCCACIBU2AogDIAIgCTYChAMgAiAHNgKAAyACIAM2ApgDAkAgBEECRwRAIAMNASACQZABaiAPQeAA/AoAAAwCC0ECIQQgA0UNASADELcBDAELIAJBsAJqEMQCQQIhBCADIQULIARBAkYEQCAFIAYQ2AIhBQwDCyACQTBqIAJBkAFqQeAA/AoAACAEQQNGDQIgAigCJCAZRgRAIwBBEGsiAyQAIANBCGogAkEkaiIHIAcoAgBBAUEIQegAEFwgAygCCCIHQYGAgIB4RwRAIAMoAgwaIAcQ8gIACyADQRBqJAAgAigCKCEaCyAaIBlB6ABsaiIDIAU2AgQgAyAENgIAIANBCGogAkEwakHgAPwKAAAgAiAZQQFqIhk2AiwMAQsLIAJBGDYCsAIgBiACQbACahDRASEFCyACQYCAgIB4NgIIIAIgBTYCDCACQSRqEPMCQYCAgIB4CyEDIAEgAS0AGEEBajoAGCACIAEQciIENgIUAkACQCADQYCAgIB4RwRAIARFDQIgAkEIahDzAgwBCyACKAIMIAQEQCAEELcBCyEECyAEIAEQ2AIhASAAQYCAgIB4NgIAIAAgATYCBAwBCyAAIAIpAgw3AgQgACADNgIACyACQbAEaiQAC6sZAhB/BX4jAEGADmsiBiQAAkACQCAFQThPBEAgBiAEKQAQNwPIBCAGIAQpAAg3A8AEIAYgBCkAADcDuAQgBkHQBGogASAGQbgEaiACIAMQfAJAIAZB8ARqIARBGGoQ5AFB/wFxIg1FDQADQCAHQfABRwRAIAZBgAZqIAdqQQA7AQAgB0ECaiEHDAELCyAGQRBqIgEgBkHQBGoQ1AEgBkGABmogARBLIAEgBkHgBGoQ1AEgBkGQBmogARBLIAZBsAZqIQcgBkGgBmohCUEIIQgDQCAGQYAGaiIBIAgQrgEgB0EQayICEEMgAhCfAiAJIAkvAQBBgAFzOwEAIAEgCEEIaiIBQQcQgAEgCEHoAEYEQCAGQbAGaiEJQQghCkEDIQsDQAJAAkAgC0UEQCAGQdAHahDCAUEQIQcDQCAHQfABRg0CIAZBgAZqIAdqEJ8CIAdBEGohBwwACwALIAZBgAZqIApBAXRqIgEQwgEgAUEQahDxAUEAIQcDQCAHQRBGDQIgByAJaiIBIAEvAQAiASABIAFBAnZzQZDGAHEiAUECdHMgAXMiASABIAFBAXZzQdCgAXEiAUEBdHMgAXM7AQAgB0ECaiEHDAALAAsgBkEQaiICIAZBgAZqIgFB8AH8CgAAIAZB6A1qIgMQ/gEgASACELEBIAEQgwIgASADEPUBIAMgAiABEDAgBiAGKQDwDTcDiAYgBiAGKQDoDTcDgAYgASABQQhyEPwBIAZBADoA8AUgBkEAOgDgBSAGQQA6ANAFIAZBADoAsAUgBkEAOgDABSAGQQA6AKwEIAZBADoAoAQgBkEAOgCvBSAGQQA6AKgFIAZBADoApwUgBkEAOgCmBSAGQQA6AKUFIAZBADoApAUgBkEAOgCjBSAGQQA6AKIFIAZCADcD0A0gBkIANwPYDSAGQQA6AKEFIAYpA4gGIRYgBikDgAYhFyAGIAZB+A1qNgKEBiAGIAM2AoAGIAEQqgIgBkGwAmogAkHwAfwKAAAgBiAGKQCQBTcDwA0gBiAGKACYBTYCyA0gFkIBhiAXQj+IhCIZIBZCgICAgICAgICAf4MgFkI/iCIaQj6GhCAaQjmGhIUiGEI4iKchECAYQjCIpyERIBhCKIinIRIgGEIgiKchEyAZpyECIBogF0IBhiIYhKchDCAZQgiGIBhCOIiEpyEHIBlCEIYgGEIwiISnIQggGUIYhiAYQiiIhKchCSAWQheIpyEUIBZCD4inIRUgFkIHiKchASAXQh+IpyELIBdCF4inIQogF0IPiKchDiAXQgeIpyEPDAQLIAlBQGshCSALQQFrIQsgCkEgaiEKDAALAAUgBkGABmoiAiABEK4BIAcQQyAHEJ8CIAIgAUEIaiIIQQMQgAEgB0EgaiEHIAlBImohCQwBCwALAAsgBkHQBGoQrgIgDQ0BCyAAIAc6ABMgACAIOgASIAAgCToAESAAIAs6ABAgACAKOgAPIAAgDjoADiAAIA86AA0gACAMOgAMIABBADoAAAwBCyAGIAYpA9gNNwMoIAYgBikD0A03AyAgBkEwaiINIAZBsAJqQfAB/AoAACAGIAYoAsgNNgKoAiAGIAYpA8ANNwOgAiAGIBA6AB8gBiAROgAeIAYgEjoAHSAGIBM6ABwgBiAUOgAbIAYgFToAGiAGIAE6ABkgBiACOgAYIAYgBzoAFyAGIAg6ABYgBiAJOgAVIAYgCzoAFCAGIAo6ABMgBiAOOgASIAYgDzoAESAGIAw6ABAgBkGABmogBa0QvAECQCAGKAKABkEBRgRAIAYoAoQGIQEgBikDiAYhFiAAIAYpA5AGNwIMIAAgFjcCBCAAIAE2AgAMAQsgBkGgAmohDiAGQaAEaiAGKAKIBhCbAiAGQQhqQTggBCAFQZTQwAAQqQIgBigCDCEEIAYoAgghBSAGQawEakGQgAEQmwIgBkHAAmohDyAGQdgNaiEQIAZBkAZqIQMgBkHIAmohCSAGQdQEaiELIAZBvAJqIRFBACEMAkACQAJAA0AgBEUNASAGQYAGaiAFIARBkIABIAQgBEGQgAFPG0HA4MAAEJUCIAZBADYCtAQgBigCjAYhBCAGKAKIBiEFIAZBrARqIgEgBigCgAYgBigChAYQlgIgBigCtAQiB0GRgAFrQf7/fk0EQCABEIQBDAQLIAZCADcDuAUgBkIANwOwBSAGIAdBEGsiASAGKAKwBCICIAdBtM/AABCpAiAGQbAFakEQIAYoAgAgBigCBEHEz8AAELoCIAYgATYCtAQgBiAOKAAINgK4AiAGIA4pAAA3A7ACIAMgDK0iFkI4hiAWQoD+A4NCKIaEIBZCgID8B4NCGIYgFkKAgID4D4NCCIaEhDcCACAGQQg2AowGIAYgETYChAZBACEHA0AgB0EIRwRAIAYgB2pBtAJqIgggCC0AACADIAdqLQAAczoAACAHQQFqIQcMAQsLIAYgBikDsAI3A8AFIAYgBigCuAI2AsgFIAYgBikDuAU3A9gFIAYgBikDsAU3A9AFIAZBgAZqEP4BIAZBAToAjwYgBiAGKALIBTYCiAYgBiAGKQPABTcD8AUgBiAGKQOIBjcD+AVBACEHA0AgB0EQRwRAIAZBgAZqIAdqQQA2AgAgB0EEaiEHDAELCyAGIAYpAogGNwPYDSAGIAYpAoAGNwPQDUEAIQcDQCAHQRBHBEAgBkHQDWogB2ogBkHwBWogB2ooAAAiCEH/gfwHcUEIeCAIQRh4Qf+B/AdxciAIIAdBDEYbNgIAIAdBBGohBwwBCwsgCyAGKQPQDTcCACALIAYpA9gNNwIIIAYgDTYC0ARBACEHIAZBADYC5AQgBkHADWoiChD+ASAGQYAGaiIIIA0QsQEgBkHoDWoiEiALEJsBIAgQgwIgCCASEPUBIAogDSAIEDAgCSAGKQDADTcAACAJIAYpAMgNNwAIIAYgBikC4AQiFjcDwAIgBiAGKQLYBCIXNwO4AiAGIAYpAtAEIhk3A7ACIAYgFjcD4AQgBiAXNwPYBCAGIBk3A9AEIAYgCSkACDcD6AUgBiAJKQAANwPgBSAGIAYpAyg3A8gCIAYgBikDIDcDwAIgBiAGKQMYNwO4AiAGIAYpAxA3A7ACIAZBsAJqIghBAUEAEOYBIAggAiABEOYBIAoQ/gEgBiABrSIWQgWIQoCAgDiDIBZCK4ZCgICAgICAwP8AgyAWQjuGhCAWQhuGQoCAgICA4D+DIBZCC4ZCgICAgPAfg4SEhCIWNwPIDSAGQgA3A8ANIAYgFjcD8A0gBkIANwPoDQNAIAdBEEcEQCAGQbACaiAGQegNaiAHahCiAiAHQRBqIQcMAQsLIAYgDykACDcD2A0gBiAPKQAANwPQDSAGQgA3A+gNIAZCADcD8A0gBiAGKQPoDTcDgAYgBiAGKQPwDTcDiAYgBkIANwPoDSADIAYpA+gNNwAAIAZCADcD8A0gAyAGKQPwDTcACCAGQdANaiAQEPwBIAYgBikD2A03A/ANIAYgBikD0A03A+gNQQAhBwNAIAdBEEcEQCAGQegNaiAHaiIIIAgtAAAgBkHgBWogB2otAABzOgAAIAdBAWohBwwBCwsgBiAGKQPwDTcD+AUgBiAGKQPoDTcD8AVBASEIQQAhBwNAIAdBEEcEQCAIIAZB0AVqIAdqKAAAIAZB8AVqIAdqKAAAcxDKAkF/c3EhCCAHQQRqIQcMAQsLIAYgCEEAEMoCQX9zcUEBc0H/AXEQygJBf3NBAXE6AIAGIAYtAIAGRQ0CIAYgBikD4AQ3A5AGIAYgBikD2AQ3A4gGIAYgBikD0AQ3A4AGIAFBBHYiCiAGKAKUBkF/c00EQCACIQggASIHQRFPBEAgBiAKNgLYDSAGIAg2AtQNIAYgCDYC0A0gCCAHQXBxaiEIIAZBgAZqIAZB0A1qEC4gB0EPcSEHCyAHBEAgBkGwAmoiChD+ASAKIAcgCCAHQajewAAQugIgBkEBNgLwDSAGIAo2AuwNIAYgCjYC6A0gBkGABmogBkHoDWoQLiAIIAcgCiAHQbjewAAQugILIAZBoARqIAIgARCWAiAMQQFqIQwMAQsLQajfwABBJyAGQf8NakGY38AAQdDfwAAQzwEACyAAIAYoAqgENgIMIAAgBikCoAQ3AgQgAEELOgAAIAZBADYCqAQgBkKAgICAEDcCoAQgBigCrAQgBigCsAQQqAMgBkGgBGoQnQMgBkEQahCsAQwDCyAGQQA6ALgEIAZBuARqENQCIAZBrARqEIQBCyAAQQA6AAAgBigCrAQgBigCsAQQqAMgBkGgBGoQnQMLIAZBEGoQrAELIAZBgA5qJAALgxcBD34gACAAKQMAIgZCosSIkaLEiJEigyIDIAApAxAgAYUiAUKRosSIkaLEiBGDIg1+IAZCkaLEiJGixIgRgyIJIAFCosSIkaLEiJEigyIEfoUgBkLEiJGixIiRosQAgyIHIAFCiJGixIiRosSIf4MiCH6FIAZCiJGixIiRosSIf4MiBSABQsSIkaLEiJGixACDIgp+hUKixIiRosSIkSKDIAkgDX4iCyADIAh+IAcgCn4gBCAFfoWFhUKRosSIkaLEiBGDhCIMQj6GIAtCP4aFIAUgCH4gByANfiADIAR+IAkgCn6FhYVCxIiRosSIkaLEAIMgBSANfiAEIAd+IAMgCn4gCCAJfoWFhUKIkaLEiJGixIh/g4QgDIQiDUI5hoUgACkDCCIDIAaFIglCosSIkaLEiJEigyIEIAApAxggAoUiAiABhSIHQpGixIiRosSIEYMiCH4gCUKRosSIkaLEiBGDIgUgB0KixIiRosSIkSKDIgp+hSAJQsSIkaLEiJGixACDIgsgB0KIkaLEiJGixIh/gyIMfoUgCUKIkaLEiJGixIh/gyIJIAdCxIiRosSIkaLEAIMiB36FQqLEiJGixIiRIoMgCSAKfiAHIAt+IAQgDH4gBSAIfoWFhUKRosSIkaLEiBGDhCAJIAx+IAggC34gBCAKfiAFIAd+hYWFQsSIkaLEiJGixACDhCAIIAl+IAogC34gBCAHfiAFIAx+hYWFQoiRosSIkaLEiH+DhCAGQjiGIAZCgP4Dg0IohoQgBkKAgPwHg0IYhiAGQoCAgPgPg0IIhoSEIAZCCIhCgICA+A+DIAZCGIhCgID8B4OEIAZCKIhCgP4DgyAGQjiIhISEIgZCBIhCj568+PDhw4cPgyAGQo+evPjw4cOHD4NCBIaEIgZCAohCs+bMmbPmzJkzgyAGQrPmzJmz5syZM4NCAoaEIgZCAYhC1arVqtWq1arVAIMgBkLVqtWq1arVqtUAg0IBhoQiBkKixIiRosSIkSKDIgQgAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIBQgSIQo+evPjw4cOHD4MgAUKPnrz48OHDhw+DQgSGhCIBQgKIQrPmzJmz5syZM4MgAUKz5syZs+bMmTODQgKGhCIBQgGIQtWq1arVqtWq1QCDIAFC1arVqtWq1arVAINCAYaEIglCkaLEiJGixIgRgyIBfiAGQpGixIiRosSIEYMiByAJQqLEiJGixIiRIoMiCH6FIAZCxIiRosSIkaLEAIMiBSAJQoiRosSIkaLEiH+DIgp+hSAGQoiRosSIkaLEiH+DIgsgCULEiJGixIiRosQAgyIMfoVCosSIkaLEiJEigyAIIAt+IAUgDH4gBCAKfiABIAd+hYWFQpGixIiRosSIEYOEIAogC34gASAFfiAEIAh+IAcgDH6FhYVCxIiRosSIkaLEAIOEIAEgC34gBSAIfiAEIAx+IAcgCn6FhYVCiJGixIiRosSIf4OEIgFCOIYgAUKA/gODQiiGhCABQoCA/AeDQhiGIAFCgICA+A+DQgiGhIQgAUIIiEKAgID4D4MgAUIYiEKAgPwHg4QgAUIoiEKA/gODIAFCOIiEhIQiBEIEiEKPnrz48OHDhw+DIARCj568+PDhw4cPg0IEhoQiBEICiEKz5syZs+bMmTODIARCs+bMmbPmzJkzg0IChoQiBEIBiELUqtWq1arVqtUAgyAEQtWq1arVqtWq1QCDQgGGhEIBiIUgDYUgA0KIkaLEiJGixIh/gyIEIAJCxIiRosSIkaLEAIMiB34gA0LEiJGixIiRosQAgyIIIAJCiJGixIiRosSIf4MiBX4gA0KixIiRosSIkSKDIgogAkKRosSIkaLEiBGDIgt+IANCkaLEiJGixIgRgyIMIAJCosSIkaLEiJEigyIOfoWFhUKixIiRosSIkSKDIAQgDn4gByAIfiAFIAp+IAsgDH6FhYVCkaLEiJGixIgRg4QgBCAFfiAIIAt+IAogDn4gByAMfoWFhULEiJGixIiRosQAg4QgBCALfiAIIA5+IAcgCn4gBSAMfoWFhUKIkaLEiJGixIh/g4QiEYUiB4UiCEICiCAIQgeIhSAIIANCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQiA0IEiEKPnrz48OHDhw+DIANCj568+PDhw4cPg0IEhoQiA0ICiEKz5syZs+bMmTODIANCs+bMmbPmzJkzg0IChoQiA0IBiELVqtWq1arVqtUAgyADQtWq1arVqtWq1QCDQgGGhCIDQqLEiJGixIiRIoMiBSACQjiGIAJCgP4Dg0IohoQgAkKAgPwHg0IYhiACQoCAgPgPg0IIhoSEIAJCCIhCgICA+A+DIAJCGIhCgID8B4OEIAJCKIhCgP4DgyACQjiIhISEIgJCBIhCj568+PDhw4cPgyACQo+evPjw4cOHD4NCBIaEIgJCAohCs+bMmbPmzJkzgyACQrPmzJmz5syZM4NCAoaEIgJCAYhC1arVqtWq1arVAIMgAkLVqtWq1arVqtUAg0IBhoQiBEKRosSIkaLEiBGDIgJ+IANCkaLEiJGixIgRgyIKIARCosSIkaLEiJEigyILfoUgA0LEiJGixIiRosQAgyIMIARCiJGixIiRosSIf4MiDn6FIANCiJGixIiRosSIf4MiDyAEQsSIkaLEiJGixACDIhB+hUKixIiRosSIkSKDIAsgD34gDCAQfiAFIA5+IAIgCn6FhYVCkaLEiJGixIgRg4QgDiAPfiACIAx+IAUgC34gCiAQfoWFhULEiJGixIiRosQAg4QgAiAPfiALIAx+IAUgEH4gCiAOfoWFhUKIkaLEiJGixIh/g4QiAkI4hiACQoD+A4NCKIaEIAJCgID8B4NCGIYgAkKAgID4D4NCCIaEhCACQgiIQoCAgPgPgyACQhiIQoCA/AeDhCACQiiIQoD+A4MgAkI4iISEhCIFQgSIQo+evPjw4cOHD4MgBUKPnrz48OHDhw+DQgSGhCIFQgKIQrPmzJmz5syZM4MgBUKz5syZs+bMmTODQgKGhCIFQgGIQtSq1arVqtWq1QCDIAVC1arVqtWq1arVAINCAYaEhUIBiIUgCIU3AxggACANIA1CAYggDUICiIUgDUIHiIUgAiABIAMgBoUiAkKixIiRosSIkSKDIgYgBCAJhSIDQpGixIiRosSIEYMiDX4gAkKRosSIkaLEiBGDIgkgA0KixIiRosSIkSKDIgR+hSACQsSIkaLEiJGixACDIgggA0KIkaLEiJGixIh/gyIFfoUgAkKIkaLEiJGixIh/gyICIANCxIiRosSIkaLEAIMiA36FQqLEiJGixIiRIoMgAiAEfiADIAh+IAUgBn4gCSANfoWFhUKRosSIkaLEiBGDhCACIAV+IAggDX4gBCAGfiADIAl+hYWFQsSIkaLEiJGixACDhCACIA1+IAQgCH4gAyAGfiAFIAl+hYWFQoiRosSIkaLECIOEhYUiAUI4hiABQoD+A4NCKIaEIAFCgID8B4NCGIYgAUKAgID4D4NCCIaEhCABQgiIQoCAgPgPgyABQhiIQoCA/AeDhCABQiiIQoD+A4MgAUI4iISEhCIBQgSIQo+evPjw4cOHD4MgAUKPnrz48OHDhw+DQgSGhCIBQgKIQrPmzJmz5syZM4MgAUKz5syZs+bMmTODQgKGhCIBQgGIQtSq1arVqtWq1QCDIAFC1arVqtWq1arVAINCAYaEQgGIhSAHQj6GhSAHQj+GhSAHQjmGhYUgEYU3AxALhRACDH8BfiMAQZACayICJAAgAkHIAWogARCnAQJAAkACQAJ/IAItAMgBQQFGBEAgAigCzAEMAQsgAi0AyQFBAUYEQCACLQDKAUHbAEcNAiABIAEtABhBAWsiAzoAGCADQf8BcQ0DIAJBGDYC4AEgASACQeABahDRASEBIABBgICAgHg2AgAgACABNgIEDAQLIAJBBTYC4AEgASACQeABahDRAQshASAAQYCAgIB4NgIAIAAgATYCBAwCCyABIAJBjwJqQdDgwAAQSSABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgASABKAIUQQFqNgIUIAJBAToAOCACIAE2AjQgAkEYakEAQQhBMBDiASACQQA2AkQgAiACKQMYNwI8IAJB4AFqQQRyIQkCfwJ/AkACQAJAA0AgAkHgAWogAkE0ahBbIAItAOABQQFGBEAgAigC5AEMBQsCQCACAn8CQAJAAkACQAJAAkACQCACLQDhAUEBRgRAIAJByAFqIAIoAjQiBBCnASACLQDIAUEBRgRAIAIoAswBDA8LIAItAMkBQQFHDQECQCACLQDKASIDQdsARwRAIANB+wBGDQEgBCACQY8CakGw4cAAEEkgBBDYAgwQCyAEIAQtABhBAWsiBToAGCAFQf8BcUUNDiAEIAQoAhRBAWo2AhQgAkEBOgDEASACIAQ2AsABIAJB4AFqIAJBwAFqEKkBQYCAgIB4IQcgAigC5AEiCyEFAn8CQAJAAkACQCACKALgAQ4DAQANAAsgAkHgAWogAkHAAWoQqQEgAigC5AEhBSACKALgAQ4DAQIMAgtBAEHA2MAAENsBDAILQQFBwNjAABDbAQwBCyACQeABaiACQcABahCqASACKALgASEDIAIoAvgBIgZBgYCAgHhGDQggAiAJKAIQNgLYASACIAkpAgg3A9ABIAIgCSkCADcDyAEgBkGAgICAeEcEQCACKAL8ASEKIAIpA4ACIQ4gAiACKALYATYCoAEgAiACKQPQATcDmAEgAiACKQPIATcDkAEgBSEMIAYhByADIQUMCgtBAkHA2MAAENsBCyEFDAgLIAQgBC0AGEEBayIDOgAYIANB/wFxRQ0FIAQgBCgCFEEBajYCFCACQQE6AMQBIAIgBDYCwAFBgICAgHghA0EAIQ1BACEHA38CfyACQeABaiACQcABahBUIAItAOABQQFGBEAgAigC5AEMAQsCQAJAIAItAOEBQQFGBEAgAigCwAEiBkEANgIIIAYgBigCFEEBajYCFCACQeABaiAGQQxqIAYQOyACKALkASEGIAYgAigC4AFBAkYNAxoCQAJAIAYgAigC6AEiCEGH0cAAQQUQ2QJFBEAgBiAIQYzRwABBBhDZAg0BIAYgCEG8ysAAQQYQ2QINAiAGIAhB2NHAAEEDENgBDAYLIAdFDQRBh9HAAEEFEIcCDAULIA1FDQJBjNHAAEEGEIcCDAQLIANBgICAgHhHBEBBvMrAAEEGEIcCIQUMCAsgAkHgAWogAigCwAEQzgIgAigC4AEhBSACKAL4ASIDQYCAgIB4Rg0IIAIgCSgCEDYC2AEgAiAJKQIINwPQASACIAkpAgA3A8gBIAIoAvwBIQogAikDgAIhDgwECyAHRQRAQYfRwABBBRCIAgwDCyANRQRAQYzRwABBBhCIAgwDCyADQYCAgIB4RgRAQYCAgIB4IQdBvMrAAEEGEIgCIQUMCQsgAiACKALYATYCuAEgAiACKQLQATcDsAEgAiACKQLIATcDqAEgAyEHDAgLIAJBEGogAigCwAEQ6QEgAigCFCEMIAwgAigCEEEBcQ0BGkEBIQ0MAgsgAkEIaiACKALAARDpASACKAIMIQsgAigCCEEBcQR/IAsFQQEhBwwCCwsLIQVBgICAgHghByADQYCAgIB4Rw0CDAQLIAIgAikCPCIONwMgIAIgAigCRDYCKCAOpwwOCyACQQU2AuABIAQgAkHgAWoQ0QEMDAsgAyAKEKgDC0GAgICAeCEHCyAEIAQtABhBAWo6ABggBBCPASEDIAdBgICAgHhGDQQgAw0GIAJBqAFqDAMLIAJBGDYC4AEgBCACQeABahDRAQwICyADIQULIAQgBC0AGEEBajoAGCAEEHIhAyAHQYCAgIB4Rg0BIAMNAyACQZABagsiAykCADcDSCACIAMpAgg3A1AgAiADKAIQNgJYIAIoAkQiBiACKAI8RgRAIwBBEGsiCCQAIAhBCGogAkE8aiIDIAMoAgBBAUEIQTAQXCAIKAIIIgNBgYCAgHhHBEAgCCgCDBogAxDyAgALIAhBEGokAAsgAigCQCAGQTBsaiIDIAU2AgAgAyACKQNINwIEIAMgAikDUDcCDCADIAIoAlg2AhQgAyAMNgIsIAMgCzYCKCADIA43AyAgAyAKNgIcIAMgBzYCGCACIAZBAWo2AkQMAQsLIAMEQCADELcBCyAFIQMMAQsgByAKEKgDCyADIAQQ2AIMAQsgAkEYNgLgASAEIAJB4AFqENEBCyEFIAJBgICAgHg2AiAgAiAFNgIkIAJBPGoQ6gFBgICAgHgLIQMgASABLQAYQQFqOgAYIAIgARByIgU2AiwCQAJAIANBgICAgHhHBEAgBUUNAiACQSBqEOoBDAELIAIoAiQgBQRAIAUQtwELIQULIAUgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAAgAikCJDcCBCAAIAM2AgALIAJBkAJqJAAL6xACGX8BfiMAQYABayICJAAgACgCCCEKIAAoAgQhDkEBIQVBASEDQQEhCANAAkAgBCAGaiIBQQhNBEAgBS0A3IFBIgUgAS0A3IFBIgFPBEAgASAFRwRAQQEhCEEAIQQgAyIGQQFqIQMMAwtBACAEQQFqIgEgASAIRiIFGyEEIAFBACAFGyADaiEDDAILIAMgBGpBAWoiAyAGayEIQQAhBAwBCyABQQlBjLXAABDlAQALIAMgBGoiBUEJSQ0AC0EBIQVBASEDQQAhBEEBIQdBACEBA0ACQAJAIAEgBGoiCUEITQRAIAUtANyBQSIFIAktANyBQSIJSw0BIAUgCUcEQEEBIQdBACEEIAMiAUEBaiEDDAMLQQAgBEEBaiIFIAUgB0YiCRshBCAFQQAgCRsgA2ohAwwCCyAJQQlBjLXAABDlAQALIAMgBGpBAWoiAyABayEHQQAhBAsgAyAEaiIFQQlJDQALAkACQAJAAkAgBiABIAEgBkkiARsiCUEKSQRAIAggByABGyIDIAlqIgEgA0kgAUEKT3JFBEACQAJAAkBB3IHBACADQdyBwQBqIAkQ6wEiEQRAQQkgCWsiASAJIAEgCUsbQQFqIQNBfyEFQoCAgICwxJQIIRogCSEBQX8hBgwBC0EBIQZBACEEQQEhAUEAIQgDQCABIgUgBGoiC0EITQRAIAFBf3MgBGsiB0EJaiEBIAdBd0kNCkEIIAQgCGprIgdBCEsNCQJAAkAgAS0A3IFBIgEgBy0A3IFBIgdPBEAgASAHRg0BIAVBAWohAUEAIQRBASEGIAUhCAwCCyALQQFqIgEgCGshBkEAIQQMAQtBACAEQQFqIgEgASAGRiIHGyEEIAFBACAHGyAFaiEBCyADIAZHDQELC0EBIQZBACEEQQEhAUEAIQcDQCABIgUgBGoiEkEITQRAIAFBf3MgBGsiC0EJaiEBIAtBd0kNBEEIIAQgB2prIgtBCU8NAwJAAkAgAS0A3IFBIgEgCy0A3IFBIgtNBEAgASALRg0BIAVBAWohAUEAIQRBASEGIAUhBwwCCyASQQFqIgEgB2shBkEAIQQMAQtBACAEQQFqIgEgASAGRiILGyEEIAFBACALGyAFaiEBCyADIAZHDQELC0EJIQZBCSAHIAggByAISxtrIQEgA0UEQEEAIQNBACEFDAELQQAhBUEAIQQDQEIBIARB3IHBAGoxAACGIBqEIRogAyAEQQFqIgRHDQALCyACQQk2AnwgAkHcgcEANgJ4IAIgCjYCdCACIA42AnAgAiAGNgJoIAIgBTYCZCACIAo2AmAgAkEANgJcIAIgAzYCWCACIAE2AlQgAiAJNgJQIAIgGjcDSCACQQE2AkAgAkE0aiETIBFBAEchDyAOQQlrIRVBACACQcgAaiIMKAIMIg1rIRYgDUHcgcEAaiEEIA1BCWshF0EJIA0gDUEJTRsiGCANayELIAwoAiAhASAMKAIQIQkgDCkDACEaIAwoAhghAwNAIBZBCSABIA8bIgUgDSAFIA1LG2ohESANIAEgDSABIA1JGyAPGyISQQFrQQlJIRkCQAJAAkACQAJAA0AgCiADQQlrIgVNBEBBACEBIAxBADYCGAwGCwJAIBogBSAOajEAAIhCAYNQRQRAIAMgFWohCCADQQprIQcgEiEBDAELIAwgBTYCGCAFIQMgDw0BQQkhAQwFCwJAA0AgAUUEQCADIBdqIQEgESEGIAshCCAEIQcDQCAGRQRAIAwgBTYCGCAPRQRAIAxBCTYCIAsgEyADNgIIIBMgBTYCBEEBIQEMCgsgCEUNBSABIApPDQYgBkEBayEGIAhBAWshCCABIA5qIRAgBy0AACAHQQFqIQcgAUEBaiEBIBAtAABGDQALIAwgAyAJayIDNgIYIA8NAyAJIQEMBwsgAUEBayEGIBlFDQUgCiABIAdqIhBLBEAgAUHbgcEAaiABIAhqIRQgBiEBLQAAIBRBAWstAABHDQIMAQsLIBAgCkGYg8EAEOUBAAsgDCABIANqIA1rIgM2AhggDw0AC0EJIQEMAwsgGEEJQeiCwQAQ5QEACyABIApB+ILBABDlAQALIAZBCUGIg8EAEOUBAAsgDCABNgIgDAELCyATIAE2AgBBACEBQQAhBSACKAI0QQFHDQUgAigCOCIGQQlqIgghBANAIAJBKGogDiAKIARB6IHBABDhAQJAIAIoAiwEQCACKAIoLQAAQTBrQf8BcUEKSQ0BCyACQSBqIA4gCiAEQfiBwQAQ4QEgAigCICACKAIkQYiCwQBBCBDaAkUNByAEQQhqIgchAwNAAkAgAkEYaiAOIAogA0GQgsEAEOEBAkAgAigCHARAIAIoAhgtAABBMGtB/wFxQQpJDQELIAMgCkkNCiACQRBqIA4gCiAIIARBoILBABCmASACQUBrIgEgAigCECACKAIUEGkgAi0AQEEBRg0JIAIoAkQhBSACQQhqIA4gCiAHIANBsILBABCmASABIAIoAgggAigCDBBpIAItAEBBAUYNCSACKAJEIQEgBiAKSw0KIAZFIAYgCk9yRQRAIAYgDmosAABBv39MDQILIAAgBjYCCAwKCyADQQFqIQMMAQsLQY/lwABBMEHAgsEAEPkCAAsgBEEBaiEEDAALAAsgC0EJQay1wAAQ5QEACyABQQlBnLXAABDlAQALIAMgAUEJQby1wAAQZQALQQAgCUEJQcy1wAAQZQALQQAhAUEAIQULIAIgACgCCDYCSCACIAApAgA3A0AgAiACQUBrEM4BIAIpAwAhGhCaAiIAIAE2AhAgACAFNgIMIAAgGjcCBCAAQQA2AgAgAkGAAWokACAADwsgB0EJQay1wAAQ5QEACyABQQlBnLXAABDlAQAL9QwCDH8CfiMAQfAAayICJAAgAkHIAGogARCnAQJAAkACQAJAAkACQAJAAkACfwJAAkACQAJAAn8CQAJAAkACQAJ/IAItAEhBAUYEQCACKAJMDAELIAItAElBAUYEQCACLQBKIgNB2wBGDQIgA0H7AEYNAyABIAJB7wBqQcDhwAAQSSABENgCIQEgAEGAgICAeDYCGCAAIAE2AgAMEwsgAkEFNgJYIAEgAkHYAGoQ0QELIQMgAEGAgICAeDYCGCAAIAM2AgAMEQsgASABLQAYQQFrIgM6ABggA0H/AXEEQCABIAEoAhRBAWo2AhQgAkEBOgAkIAIgATYCICACQdgAaiIGIAJBIGoiBBBbIAItAFhBAUYNCAJAIAItAFlBAUYEQCAGIAIoAiAQVSACLQBYQQFGDQogAiACKQBfNwM4IAIgAi8AZzsBQCACKABbIQUgAi8AWSEDIAYgBBBbIAItAFhBAUYNCiACLQBZQQFHDQQgBiACKAIgEFYgAigCWEEBRg0KIAIoAmQhByACKAJgIQggBiAEEKQBIAIoAlgiBEGBgICAeEYNCiAEQYCAgIB4Rg0BIAIoAmAhCyACKAJcIQkgAiADOwFYIAIgAi8BQDsBGCACIAIpAzg3AxAgAiAFNgFaIAVBEHYhCiACKAJYIQMMDAsgAiACLwEwOwFQIAIgAikCKDcDSEEAQbDZwAAQ2wEMCgtBAkGw2cAAENsBIQNBgICAgHghBAwKCwwGCyABIAEtABhBAWsiAzoAGCADQf8BcUUNBSABIAEoAhRBAWo2AhQgAkEBOgAsIAIgATYCKCACQeAAaiEMIAJB2ABqQQFyIQ1BgICAgHghBwNAIAJB2ABqIgYgAkEoahBUIAItAFhBAUYNAgJAAkACQCACLQBZQQFGBEAgAigCKCIDQQA2AgggAyADKAIUQQFqNgIUIAYgA0EMaiADEDsgAigCXCIDIAIoAlhBAkYNBxoCQAJAIAMgAigCYCIGQZDSwABBAhDZAkUEQCADIAZBktLAAEEDENkCDQEgAyAGQZXSwABBBBDZAg0CIAMgBkGc0sAAQQMQ2AEMCgsgBA0DIAIoAigiBBCiASIDBEAgAiADNgJcDAkLIAJB2ABqIAQQVSACLQBYDQggAiANLQACOgBGIAIgDS8AADsBRCACIAwpAgA3AzggAiAMLQAIOgBAIAIoAlwhCkEBIQRBASEIDAYLIA5QDQRBktLAAEEDEIcCDAgLIAdBgICAgHhHBEBBldLAAEEEEIcCIQMMCQsgAkHYAGogAigCKBDPAiACKAJcIQkgAigCWCIHQYCAgIB4Rg0CIAIoAmAhCwwECyAIQQFxRQRAQZDSwABBAhCIAgwHCyAFQQFxRQRAQZLSwABBAxCIAgwHC0GAgICAeCEEIAdBgICAgHhGBEBBldLAAEEEEIgCIQMMCQsgAiACLQBGOgAiIAIgAi8ARDsBICACIAIpADg3A0ggAiACLQBAOgBQIAIgCjYAIyAKQQh2IQogAigCICEDIAchBAwIC0GQ0sAAQQIQhwIMBQtBgICAgHghBCAJIQMMBgsgAigCKCIFEKIBIgMEQCACIAM2AlwMAwsgAkHYAGogBRBWIAIoAlgNAiACKQNgIQ9BASEFQgEhDgwACwALQYCAgIB4IQRBAUGw2cAAENsBIQMMBwsgAigCXAshA0GAgICAeCEEIAdBgICAgHhGDQELIAcgCRCoA0GAgICAeCEECyABIAEtABhBAWo6ABggARCPASEFIAIgAi0AJjoAWCACIAIpA0g3AFkgAiACLQBQOgBhIARBgICAgHhHBEAgBQ0HIAIgAi8BYDsBCCACIAIpAVg3AwAgD0IgiKchByAPpyEIDAULIAVFDQcMBQsgAkEYNgJYIAEgAkHYAGoQ0QEhAyAAQYCAgIB4NgIYIAAgAzYCAAwJCyACKAJcCyEDQYCAgIB4IQQLIAEgAS0AGEEBajoAGCABEHIhBSAEQYCAgIB4RgRAIAUNAgwECyAFDQIgAiACLwEYOwEIIAIgAikDEDcDAAsgACAKOwEEIAAgAikDADcBBiAAIAIvAQg7AQ4gACALNgIgIAAgCTYCHCAAIAc2AhQgACAINgIQDAQLIAUQtwEMAQsgBCAJEKgDDAELIAMhBQtBgICAgHghBCAFIAEQ2AIhAwsgACAENgIYIAAgAzYCAAsgAkHwAGokAAuhDAIJfwN+IwBBQGoiAiQAAn8gAgJ/An8CQAJAAkACQCAALQAAIgRBA2sOBQEAAAACAAsgASgCBCEDIAEoAgAhAQJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkAgBEEBaw4RAgMABAUGAAcICQoLDA0ODxABCwALIAIgAC0AAToAMCACQcIANgIcIAIgAkEwajYCGCABIANBspnAACACQRhqEEcMFAsgAiAAKQMINwMwIAJBwwA2AhwgAiACQTBqNgIYIAEgA0GkmcAAIAJBGGoQRwwTCyACIAApAwg3AzAgAkHEADYCHCACIAJBMGo2AhggASADQaSZwAAgAkEYahBHDBILIAIgACgCBDYCMCACQcUANgIcIAIgAkEwajYCGCABIANBlJnAACACQRhqEEcMEQsgAiAAKQIENwIwIAJBDTYCHCACIAJBMGo2AhggASADQcSEwAAgAkEYahBHDBALIAFB/eHAAEEKIAMoAgwRAAAMDwsgAUGH4sAAQQwgAygCDBEAAAwOCyABQZPiwABBDiADKAIMEQAADA0LIAFBoeLAAEEIIAMoAgwRAAAMDAsgAUGp4sAAQQMgAygCDBEAAAwLCyABQaziwABBBCADKAIMEQAADAoLIAFBsOLAAEEMIAMoAgwRAAAMCQsgAUG84sAAQQ8gAygCDBEAAAwICyABQcviwABBDSADKAIMEQAADAcLIAFB2OLAAEEOIAMoAgwRAAAMBgsgASAAKAIEIAAoAgggAygCDBEAAAwFCyAAKQMIIgtC////////////AINC//////////f/AFgEQCACQS06ABggC0L/////////B4MhDCALQj+IpyACQRhqaiEDAn8gC0I0iEL/D4MiC1AEQCAMUA0EIAJBMGogDEIBQQEQSiACKQMwQgp+IAIxADxCACACMQA9fYN8IQsgAigCOCEAA0AgC0KAgJqm6q/jAVkEQCACIAtCmrPmzJmz5swZEK8BIAsgAikDCCILQnZ+fCIMQgBSIQUgDKcMAwUgAEEBayEAIAtCCn4hCwwBCwALAAsgAkEwaiAMQoCAgICAgIAIhCALIAxCAFIQSiACLQA9IQUgAigCOCEAIAIpAzAhCyACLQA8CyEHIAJBMGogC0KAwtcvgCIMQv////8PgxCMASAAIAtC//+Zpuqv4wFVIgRqQQ9qIQAgAikDMCENAn4gCyAMQoDC1y9+fSILUARAIAIoAjghBkKw4MCBg4aMmDAMAQsgAkEwaiALEIwBIAIoAjhBCGohBiACKQMwQrDgwIGDhoyYMHwLIQsgAyAEaiANQrDgwIGDhoyYMHw3AAAgA0EJQQggBBtqIAs3AAAgA0ERQRAgBBtqIAdBMGo6AABBESAGIAVBAXEbIARqIgVBAWshBCAAQQVqQRVPBEAgAy0AASEGIANBLjoAASADIAY6AAAgAyAFaiIHIARBAUsiCGogACAAQR91IgVzIAVrIgVBCUpqIgYgBUH7KGxBE3YiCUEwajoAACAGIAVB4wBKIgpqIAlBuH5sIAVBAXRqQfiRwQBqLwEAOwAAIAcgAyAEaiAIG0Hl1gBB5doAIABBAE4bOwAAIAZBA0ECIAobagwECyADQQFqIQYCQCAAIAVBAmtIBEAgAEEATg0BIANBASAAayIAaiEFIAQEQCAFIAYgBPwKAAALIAAEQCADQTAgAPwLAAsgA0EuOgABIAQgBWoMBQsgBARAIAMgBiAE/AoAAAsgAEEDaiIFIARrIgYEQCADIARqQTAgBvwLAAsgACADakEBakEuOgAAIAMgBWoMBAsgAEEBaiIABEAgAyAGIAD8CgAACyAAIANqQS46AAAgAyAFagwDC0HIjMEAQcuMwQAgC0IAWSIAG0HPjMEAIAtC/////////weDUCIEGyEDQQNBBCAAG0EDIAQbDAMLIAEoAgBB6PjAAEEEIAEoAgQoAgwRAAAMAwsgA0EwOgACIANBsNwAOwAAIANBA2oLIAJBGGoiA2sLNgIUIAIgAzYCECACQRI2AjQgAiACQRBqNgIwIAEoAgAgASgCBEHxmMAAIAJBMGoQRwsgAkFAayQAC5wOAQZ/IwBBIGsiBCQAIAACfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQCABDigCAQEBAQEBAQEDBQEBBAEBAQEBAQEBAQEBAQEBAQEBAQEBCQEBAQEHAAsgAUHcAEYNBQsgAkEBcSABQf8FS3ENBiABQSBJDQsgAUH/AEkNCgwJCyAAQgA3AQIgAEHc4AA7AQAMBwsgAEIANwECIABB3OgBOwEADAYLIABCADcBAiAAQdzkATsBAAwFCyAAQgA3AQIgAEHc3AE7AQAMBAsgAEIANwECIABB3LgBOwEADAMLIAJBgAJxRQ0EIABCADcBAiAAQdzOADsBAAwCC0EQQQAgAUGrnQRPGyICIAJBCHIiAyABQQt0IgIgA0ECdCgCyMRAQQt0SRsiAyADQQRyIgMgA0ECdCgCyMRAQQt0IAJLGyIDIANBAnIiAyADQQJ0KALIxEBBC3QgAksbIgMgA0EBaiIDIANBAnQoAsjEQEELdCACSxsiAyADQQFqIgMgA0ECdCgCyMRAQQt0IAJLGyIDQQJ0KALIxEBBC3QiBSACRiACIAVLaiADaiIFQQJ0IgJByMTAAGohCCACKALIxEBBFXYhAkH/BSEDAkAgBUEfTQRAIAgoAgRBFXYhAyAFRQ0BCyAIQQRrKAIAQf///wBxIQcLAkAgAyACQX9zakUNACABIAdrIQcgA0EBayEFQQAhAwNAIAMgAkHQrsAAai0AAGoiAyAHSw0BIAUgAkEBaiICRw0ACwsgAkEBcUUNAiAEQQA6AA4gBEEAOwEMIAQgAUEUdi0A/+RAOgAPIAQgAUEEdkEPcS0A/+RAOgATIAQgAUEIdkEPcS0A/+RAOgASIAQgAUEMdkEPcS0A/+RAOgARIAQgAUEQdkEPcS0A/+RAOgAQIAFBAXJnQQJ2IgIgBEEMaiIGaiIDQfsAOgAAIANBAWtB9QA6AAAgBiACQQJrIgJqQdwAOgAAIAAgBCkBDDcAACAEQf0AOgAVIAQgAUEPcS0A/+RAOgAUIAAgBC8BFDsACAwFCyACQf///wdxQYCABEkNAiAAQgA3AQIgAEHcxAA7AQALQQAhAkECDAQLAkACQAJAIAFBgIAETwRAIAFBgIAISQ0BIAFB/v//AHEiAkGunQtGIAFB4P//AHFB4M0KRnIgAkGe8ApGIAFB8NcLa0FwS3JyIAFBgPALa0HdbEsgAUGAgAxrQZ10S3IgAUHQpgxrQXpLIAFBgII4a0H55lRLcnJyDQUgAUHwgzhJDQQMBQsgAUEIdkH/AXEhCEEAIQIDQCACQQJqIQcgBiACLQD5vkAiBWohAyAIIAItAPi+QCICRwRAIAIgCEsNAyADIQYgByICQcwARw0BDAMLAkACQCADIAZJIANBnAJLckUEQCAFRQ0CIAZBxL/AAGohAgwBCyAGIANBnAJBhMTAABBlAAsDQCACLQAAIAFB/wFxRg0HIAJBAWohAiAFQQFrIgUNAAsLIAMhBiAHIgJBzABHDQALDAELIAFBCHZB/wFxIQhBACECA0ACQCACQQJqIQcgBiACLQDRuEAiBWohAyAIIAItANC4QCICRwRAIAIgCEsNASADIQYgByICQdwARw0CDAELAkACQCADIAZJIANB1AFLckUEQCAFRQ0CIAZBrLnAAGohAgwBCyAGIANB1AFBhMTAABBlAAsDQCACLQAAIAFB/wFxRg0HIAJBAWohAiAFQQFrIgUNAAsLIAMhBiAHIgJB3ABHDQELCyABQf//A3EhBkEBIQVBACECA0AgAkEBaiEDAkAgAiwAgLtAIgdBAE4EQCADIQIMAQsgA0H4A0cEQCACQYG7wABqLQAAIAdB/wBxQQh0ciEHIAJBAmohAgwBC0GUxMAAEK8DAAsgBiAHayIGQQBIDQIgBUEBcyEFIAJB+ANHDQALDAELQQEhBSABIQZBACECA0AgAkEBaiEDAkAgAiwA4MFAIgdBAE4EQCADIQIMAQsgA0GkAkcEQCACQeHBwABqLQAAIAdB/wBxQQh0ciEHIAJBAmohAgwBC0GUxMAAEK8DAAsgBiAHayIGQQBIDQEgBUEBcyEFIAJBpAJHDQALCyAFQQFxRQ0BCyAAIAE2AgBBgAEhAkGBAQwCCyAEQQA6ABggBEEAOwEWIAQgAUEUdi0A/+RAOgAZIAQgAUEEdkEPcS0A/+RAOgAdIAQgAUEIdkEPcS0A/+RAOgAcIAQgAUEMdkEPcS0A/+RAOgAbIAQgAUEQdkEPcS0A/+RAOgAaIAFBAXJnQQJ2IgIgBEEWaiIGaiIDQfsAOgAAIANBAWtB9QA6AAAgBiACQQJrIgJqQdwAOgAAIAAgBCkBFjcAACAEQf0AOgAfIAQgAUEPcS0A/+RAOgAeIAAgBC8BHjsACAtBCgs6AA0gACACOgAMIARBIGokAAuvCwEJfyMAQUBqIgIkACACIAEQpwECQAJAIAItAABBAUYEQCACKAIEIQEMAQsCfwJAAkACQAJAAn8CQAJAAkACQAJAAkACQAJAAkACQCACLQABQQFGBEAgAi0AAkHuAEYNAQsgAkEIaiABEKcBIAItAAhBAUYEQCACKAIMDBALIAItAAlBAUcNAQJAIAItAAoiA0HbAEcEQCADQfsARg0BIAEgAkE/akGQ4cAAEEkgARDYAgwRCyABIAEtABhBAWsiAzoAGCADQf8BcUUNDyABIAEoAhRBAWo2AhQgAkEBOgA4IAIgATYCNCACQRhqIAJBNGoQpAECQAJAIAIoAhgiBUGBgICAeEYEQCACKAIcIQMMAQsCfwJAIAVBgICAgHhHBEAgAigCICEJIAIoAhwhBCACQRhqIAJBNGoQpAEgAigCGCIHQYGAgIB4RgRAIAIoAhwMAwsgB0GAgICAeEYNASACKAIgIQYgAigCHCEKIAQhAwwEC0EAQezZwAAQ2wEhA0GAgICAeCEFDAMLQQFB7NnAABDbAQshAyAFIAQQqAMLQYCAgIB4IQULIAEgAS0AGEEBajoAGCACIAEQciIENgIwIAIgBjYCLCACIAo2AiggAiAHNgIkIAIgCTYCICACIAM2AhwgAiAFNgIYAkAgBUGAgICAeEcEQCAEDQEgAiACQSBqIgQpAgg3AxAgAiAEKQIANwMIDBALIAQNBAwOCyACQRhqEPUCQYCAgIB4IQUgBCEDDA4LIAEgAS0AGEEBayIDOgAYIANB/wFxRQ0LIAEgASgCFEEBajYCFCACQQE6ADggAiABNgI0QYCAgIB4IQZBgICAgHghCAJAAkADQCACQRhqIAJBNGoQVCACLQAYQQFGBEAgAigCHCEDDAoLIAItABlBAUYEQCACKAI0IgNBADYCCCADIAMoAhRBAWo2AhQgAkEYaiADQQxqIAMQOyACKAIcIQMgAigCGEECRg0KAkAgAyACKAIgIgVBldLAAEEEENkCRQRAIAMgBUG00sAAQQQQ2QINASADIAVBuNLAAEECENgBIQMMDAsgBkGAgICAeEcNAyACQRhqIAIoAjQQzwIgAigCHCEDIAIoAhgiBkGAgICAeEYNCiACKAIgIQogAyEEDAILIAhBgICAgHhHBEBBtNLAAEEEEIcCIQMMDAsgAkEYaiACKAI0EM8CIAIoAhwhByACKAIYIgNBgICAgHhGDQggAigCICEJIAMhCAwBCwsgBkGAgICAeEYNBSAIQYCAgIB4Rg0BIAQhAyAGDAwLQZXSwABBBBCHAiEDDAcLQbTSwABBBBCIAiEDDAkLIAEgASgCFEEBajYCFCABQdjJwABBAxCaASIBDQ8gAEGAgICAeDYCAAwQCyACQQU2AhggASACQRhqENEBDA0LIAQQtwEMCQtBldLAAEEEEIgCIQMMAQsgByEDDAMLQYCAgIB4IQYLIAhBgICAgHhGDQELIAggBxCoAwtBgICAgHggBkGAgICAeEYNARoLIAYgBBCoA0GAgICAeAshBSABIAEtABhBAWo6ABggAiABEI8BIgQ2AjAgAiAJNgIsIAIgBzYCKCACIAg2AiQgAiAKNgIgIAIgAzYCHCACIAU2AhgCQCAFQYCAgIB4RwRAIAQNASACIAJBIGoiBCkCCDcDECACIAQpAgA3AwgMBAsgBEUNAiAEELcBDAILIAJBGGoQ9QJBgICAgHghBSAEIQMMAgsgAkEYNgIYIAEgAkEYahDRAQwDC0GAgICAeCEFCyAFQYCAgIB4RgRAIAMgARDYAgwCCyAAIAIpAxA3AhAgACACKQMINwIIIAAgAzYCBCAAIAU2AgAMAwsgAkEYNgIYIAEgAkEYahDRAQshASAAQYGAgIB4NgIAIAAgATYCBAwBCyAAQYGAgIB4NgIAIAAgATYCBAsgAkFAayQAC48LAgh/AX4jAEEgayIEJAACQAJ/AkACQAJAAkACQAJAAkACQAJAA0AgASgCCCIFIAEoAgQiBkYNAgJAAkACQCAFIAZJBEAgASgCACIIIAVqLQAAIgNBIkYgA0HcAEZyIANBIElyDQIgBCAFQQFqIgkgCCAGQfyAwQAQqQIgBCgCAEEIayEHQQAgBCgCBCIKQfj///8HcWshAwNAIANFDQIgA0EIaiEDIAdBCGoiBykAACILQqLEiJGixIiRIoVCgYKEiJCgwIABfSALQqDAgIGChIiQIH2EIAtC3Ljx4sWLl67cAIVCgYKEiJCgwIABfYQgC0J/hYNCgIGChIiQoMCAf4MiC1ANAAsgASAHIAhrIAt6p0EDdmoiAzYCCAwDCyAFIAZB7IDBABDlAQALIAEgCkF4cSAJajYCCCABKAIIIgMgASgCBCIGIAMgBksbIQcgASgCACEIA0ACQCADIAdGDQAgAyAIai0AACIGQSJGIAZB3ABGciAGQSBJcg0AIAEgA0EBaiIDNgIIDAELCyABKAIEIQYgASgCCCEDDAELIAUhAwsgAyAGRg0CIAMgBk8NAwJAIAEoAgAiByADai0AACIIQdwARwRAIAhBIkYNASABIANBAWo2AgggBEEQNgIUIAAgASAEQRRqEO0BDA0LIAMgBUkNBSACIAUgB2ogAyAFaxCWAiABIANBAWoiBTYCCAJAIAUgBkkEQCABIANBAmo2AgggBCAFIAdqLQAAIgM6AA0MAQsgBEEENgIUIARBDGogASAEQRRqEO8BIAQtAAxBAUYEQCAEKAIQDA0LIAQtAA0hAwsCQAJAAkACQAJAAkACQAJAAkACQAJAIANB/wFxIgNB7gBrDggHAQEBCAEJCgALAkAgA0HiAGsOBQUBAQEGAAsgA0EiRg0BIANBL0YNAyADQdwARg0CCyAEQQw2AhQgASAEQRRqEIACDBQLIAJBIhCxAgwJCyACQdwAELECDAgLIAJBLxCxAgwHCyACQQgQsQIMBgsgAkEMELECDAULIAJBChCxAgwECyACQQ0QsQIMAwsgAkEJELECDAILIARBFGoiAyABEIYBIAQvARRBAUYNCiAELwEWIgVBgPgDcUGAuANGDQIgBUGAyABqQf//A3FBgPgDTwRAIAMgARDnASAELQAUQQFGDQsgBC0AFSABIAEoAggiB0EBajYCCEHcAEcNByADIAEQ5wEgBC0AFA0LIAQtABUgASAHQQJqNgIIQfUARw0IIAMgARCGASAELwEUDQsgBC8BFiIGQYBAa0H//wNxQf/3A00EQCAEQRQ2AhQgASADEIACDA0LIAZBgMgAakH//wNxIAVBgNAAakH//wNxQQp0akGAgARqIAIQggEMAgsgBSACEIIBDAELCyACKAIIBEAgAyAFSQ0HIAIgBSAHaiADIAVrEJYCQQEhByABIANBAWo2AgggBEEUaiABIAIoAgQgAigCCBCcAQJAIAQoAhQiA0UEQEECIQcgBCgCGCEDDAELIAAgBCgCGDYCCAsgACAHNgIAIAAgAzYCBAwLCyADIAVJDQcgASADQQFqNgIIIARBFGogASAFIAdqIAMgBWsQnAEgAAJ/IAQoAhQiA0UEQCAEKAIYIQNBAgwBCyAAIAQoAhg2AghBAAs2AgAgACADNgIEDAoLIARBFDYCFCABIARBFGoQgAIMCAsgBEEENgIUIAAgASAEQRRqEO0BDAgLIAMgBkGMgcEAEOUBAAsgBSADIAZBvIHBABBlAAsgBEEXNgIUIAEgBEEUahCAAgwECyAEQRc2AhQgASAEQRRqEIACDAMLIAUgAyAGQZyBwQAQZQALIAUgAyAGQayBwQAQZQALIAQoAhgLIQEgAEECNgIAIAAgATYCBAsgBEEgaiQAC9EHAQp/AkACQCAAKAIIIgpBgICAwAFxRQ0AAkACQAJAAkAgCkGAgICAAXEEQCAALwEOIggNAUEAIQIMAgsgAkEQTwRAIAIgASABQQNqQXxxIglrIgZqIghBA3EhBSABIAlHBEAgASEEA0AgByAELAAAQb9/SmohByAEQQFqIQQgBkEBaiIGDQALCyAFBEAgCSAIQfz///8HcWohBANAIAMgBCwAAEG/f0pqIQMgBEEBaiEEIAVBAWsiBQ0ACwsgCEECdiEGIAMgB2ohBwNAIAkhCCAGRQ0FQcABIAYgBkHAAU8bIgtBA3EhBQJAIAtBAnQiCUHwB3EiA0UEQEEAIQMMAQsgAyAIaiEMQQAhAyAIIQQDQCADIAQoAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWogBEEEaigCACIDQX9zQQd2IANBBnZyQYGChAhxaiAEQQhqKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIARBDGooAgAiA0F/c0EHdiADQQZ2ckGBgoQIcWohAyAEQRBqIgQgDEcNAAsLIAYgC2shBiAIIAlqIQkgA0EIdkH/gfwHcSADQf+B/AdxakGBgARsQRB2IAdqIQcgBUUNAAsgBUECdCEFIAggC0H8AXFBAnRqIQRBACEDA0AgAyAEKAIAIgNBf3NBB3YgA0EGdnJBgYKECHFqIQMgBEEEaiEEIAVBBGsiBQ0ACyADQQh2Qf+B/AdxIANB/4H8B3FqQYGABGxBEHYgB2ohBwwECyACRQ0DIAEhBCACIQMDQCAHIAQsAABBv39KaiEHIARBAWohBCADQQFrIgMNAAsMAwsgASACaiEGQQAhAiABIQMgCCEFA0AgAyIEIAZGDQICfyAEQQFqIAQsAAAiA0EATg0AGiAEQQJqIANBYEkNABogBEEEQQMgA0FvSxtqCyIDIARrIAJqIQIgBUEBayIFDQALC0EAIQULIAggBWshBwsgByAALwEMIgNPDQAgAyAHayEIQQAhBEEAIQYCQAJAAkAgCkEddkEDcUEBaw4CAAECCyAIIQYMAQsgCEH+/wNxQQF2IQYLIApB////AHEhCSAAKAIEIQUgACgCACEAA0AgBEH//wNxIAZB//8DcUkEQEEBIQMgBEEBaiEEIAAgCSAFKAIQEQEARQ0BDAMLC0EBIQMgACABIAIgBSgCDBEAAA0BIAggBmtB//8DcSEBQQAhBANAIAEgBEH//wNxTQRAQQAPCyAEQQFqIQQgACAJIAUoAhARAQBFDQALDAELIAAoAgAgASACIAAoAgQoAgwRAAAhAwsgAwvuBgEFfwJAAkACQAJAAkACQAJAAkACQCAAQQRrIgcoAgAiCEF4cSIEQQRBCCAIQQNxIgUbIAFqTwRAIAVBACABQSdqIgYgBEkbDQECQCACQQlPBEAgAiADEFgiAg0BQQAPC0EAIQIgA0HM/3tLDQpBECADQQtqQXhxIANBC0kbIQEgAEEIayEGIAVFBEAgBkUgAUGAAklyIAEgBE9yDQkgBCABa0GAgAhNDQgMCQsgBCAGaiEFAkAgASAESwRAIAVB4JfBACgCAEYNAUHcl8EAKAIAIAVHBEAgBSgCBCIIQQJxDQsgCEF4cSIIIARqIgQgAUkNCyAFIAgQWiAEIAFrIgVBEE8EQCAHIAEgBygCAEEBcXJBAnI2AgAgASAGaiIBIAVBA3I2AgQgBCAGaiIEIAQoAgRBAXI2AgQgASAFEFAMCgsgByAEIAcoAgBBAXFyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEDAkLQdSXwQAoAgAgBGoiBCABSQ0KAkAgBCABayIFQQ9NBEAgByAIQQFxIARyQQJyNgIAIAQgBmoiASABKAIEQQFyNgIEQQAhBUEAIQEMAQsgByABIAhBAXFyQQJyNgIAIAEgBmoiASAFQQFyNgIEIAQgBmoiBCAFNgIAIAQgBCgCBEF+cTYCBAtB3JfBACABNgIAQdSXwQAgBTYCAAwICyAEIAFrIgRBD00NByAHIAEgCEEBcXJBAnI2AgAgASAGaiIBIARBA3I2AgQgBSAFKAIEQQFyNgIEIAEgBBBQDAcLQdiXwQAoAgAgBGoiBCABSw0FDAgLIAMgASABIANLGyIDBEAgAiAAIAP8CgAACyAHKAIAIgNBeHEiByABQQRBCCADQQNxIgEbakkNAiABRQ0IIAYgB0kNAwwIC0H4isEAQS5BqIvBABD5AgALQbiLwQBBLkHoi8EAEPkCAAtB+IrBAEEuQaiLwQAQ+QIAC0G4i8EAQS5B6IvBABD5AgALIAcgASAIQQFxckECcjYCACABIAZqIgUgBCABayIBQQFyNgIEQdiXwQAgATYCAEHgl8EAIAU2AgALIAZFDQELIAAPCyADEC8iAUUNASADQXxBeCAHKAIAIgJBA3EbIAJBeHFqIgIgAiADSxsiAgRAIAEgACAC/AoAAAsgASECCyAAEEELIAILsAYBDX8jAEEQayIJJAAgACgCBCEDIAAoAgAhB0EBIQsCQCABKAIAIgpBIiABKAIEIgwoAhAiDREBAA0AAkAgA0UEQEEAIQNBACEADAELIAMhASAHIQgDQCABIAhqIQ5BACEAAkACQANAIAAgCGoiBS0AACIGQf8Aa0H/AXFBoQFJIAZBIkZyIAZB3ABGcg0BIAEgAEEBaiIARw0ACyABIARqIQQMAQsCfyAFLAAAIgFBAE4EQCABQf8BcSEBIAVBAWoMAQsgBS0AAUE/cSEGIAFBH3EhCCABQV9NBEAgCEEGdCAGciEBIAVBAmoMAQsgBS0AAkE/cSAGQQZ0ciEGIAFBcEkEQCAGIAhBDHRyIQEgBUEDagwBCyAIQRJ0QYCA8ABxIAUtAANBP3EgBkEGdHJyIQEgBUEEagshCCAAIARqIQAgCSABQYGABBA5AkAgCS0ADSIEIAktAAwiBWsiBkH/AXFBAUYNAAJAAkACQCAAIAJJDQACQCACRQ0AIAIgA08EQCACIANHDQIMAQsgAiAHaiwAAEG/f0wNAQsCQCAARQ0AIAAgA08EQCAAIANGDQEMAgsgACAHaiwAAEG/f0wNAQsgCiACIAdqIAAgAmsgDCgCDCICEQAARQ0BDAILIAcgAyACIABB7MXAABCfAwALAkAgBEGBAU8EQCAKIAkoAgAgDREBAA0CDAELIAogBSAJaiAGIAIRAAANAQsCf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIABqIQIMAQsMBAsCf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIABqIQQgDiAIayIBDQELCwJAIAIgBEsNAEEAIQACQCACRQ0AIAIgA08EQCACIAMiAEcNAgwBCyACIgAgB2osAABBv39MDQELIARFBEBBACEDDAILAkAgAyAETQRAIAMgBEYNAwwBCyAEIAdqLAAAQb9/TA0AIAQhAwwCCyAAIQILIAcgAyACIARB/MXAABCfAwALIAogACAHaiADIABrIAwoAgwRAAANACAKQSIgDREBACELCyAJQRBqJAAgCwvYBgEOfyMAQaAIayIFJAAgBUEAOgAPIAJBA3QhDCAFQdABaiENIAVBkAZqIQ4gBUHABGohDyAFQfADaiEQIAVBEGohCiAFQcADaiERA0ACQCAEBEBBACECA0AgAkGAAUZFBEAgBUGgB2ogAmpBADoAACACQQFqIQIMAQsLIAVBoAZqIgIgBUGgB2oiCEGAAfwKAAAgBSAAKQAANwOgBiAFIAApAAg3A6gGIAUgACkAEDcDsAYgBSAAKQAYNwO4BiAIIAJBgAH8CgAAQQAhAgNAIAJBgAFGRQRAIAVBoAdqIAJqIgggCC0AAEE2czoAACACQQFqIQIMAQsLIAVB0AVqIgJBgODAAEHAAPwKAAAgBUIANwOYBiAFQgA3A5AGIAIgBUGgB2pBARCsAkEAIQIDQCACQYABRg0CIAVBoAdqIAJqIgggCC0AAEHqAHM6AAAgAkEBaiECDAALAAsgBUEPahCJAiAFQaAIaiQADwsgBUGgBmoiAkGA4MAAQcAA/AoAACAFQgA3A+gGIAVCADcD4AYgAiAFQaAHakEBEKwCIBEgAkHQAPwKAAAgBUHwAmoiAiAFQdAFakHQAPwKAAAgDSACQaAB/AoAACAFQQA6AM8BIAUtAA8EQCAFQdAAaiAKQcAAEIEBCyAEQcAAIAQgBEHAAE8bIglrIQQgAyAJaiAGQQFqIQggDCEHIAEhAgNAIAcEQCAFQdAAaiACKAIAIAIoAgQQgQEgB0EIayEHIAJBCGohAgwBCwsgBSAGQQFqOgDwAiAFQdAAaiICIAVB8AJqIgZBARCBASAGIAJBoAL8CgAAIAVBoAZqIgsQkwIgBUGgB2oiBxCTAiAQIAYgBxBNIAYgB0HAAPwKAAAgBUHAADoA7wMgDyAGIAsQTUEAIQIgB0EAQYAB/AsAIAYgB0GAAfwKAAAgBUHQBWogC0HAAPwKAAADQCACQcAARkUEQCAFQfACaiACaiAFQdAFaiACai0AADoAACACQQFqIQIMAQsLIAVBkAVqIgIgBUHwAmoiBkHAAPwKAAAgBSAONgL0AiAFIAVB0AVqNgLwAiAGEKoCIAMgCSACIAlB1M/AABC6AiAFQQ9qEIkCIAVBAToADyAKIAJBwAD8CgAAIQMgCCEGDAALAAvEBwIMfwN+IwBB0ABrIgMkAAJAAkAgAkEITwRAIAEpAABC0JyxmqSqlqjUAFENAQsgAEGAgICAeDYCACAAQQE6AAQMAQsgAkEbTQRAIABBJzYCDCAAQazMwAA2AgggAEEDOgAEIABBgICAgHg2AgAMAQsgAS0ACCIEQQFHBEAgACAEOgAFIABBAjoABCAAQYCAgIB4NgIADAELAkACQAJAAkAgAS0ACUUEQCADIAEpABI3AxggAyABKQAKNwMQIAEvABoiBEEIdCAEQQh2ciIEQYEIa0H//wNxQYD4A0kEQCAAQSU2AgwgAEHoy8AANgIIIABBAzoABCAAQYCAgIB4NgIADAYLIANBCGogBEH//wNxIg1BBEEgEOIBIANBADYCLCADIAMoAgwiBTYCKCADIAMoAgg2AiQgA0E8aiELQRwhBEEcIQkDQAJAIAogDUcEQCACIARBE2oiCE8NAUEZIQJBz8vAACEBDAcLIAAgAykCJDcCACAAIAQ2AhwgAyADKAIsNgI4IAMgAykDEDcCPCAAIAMpAzg3AgggAyADKQMYNwJEIAAgAykDQDcCECAAIAMoAkg2AhgMBwsgAiAETQ0DIARBAWohDCAEQRFqIgYgAksNAiACIAZNDQQCQCACIARBEmoiB0sEQCACIAggASAHai0AACABIAZqLQAAQQh0ciIHaiIGTw0BQR4hAkGxy8AAIQEMBwsgByACQfTKwAAQ5QEACwJAIAEgBGotAAAiDkEBa0H/AXEiBEECSw0AIARBAnQoAsCTQSAHRg0AQS0hAkGEy8AAIQEMBgsgCyABIAxqIgQpAAg3AAggCyAEKQAANwAAIANBMGogASAIaiAHEMcBIAMoAiQgCkYEQCMAQRBrIgQkACAEQQhqIANBJGoiBSAFKAIAQQFBBEEgEFwgBCgCCCIFQYGAgIB4RwRAIAQoAgwaIAUQ8gIACyAEQRBqJAAgAygCKCEFCyADKQI4IQ8gAykCQCEQIAMoAkghCCADKQIwIREgBSAJaiIEIA46AAAgBEEcayIEIBE3AgAgBCAINgIYIAQgEDcCECAEIA83AgggAyAKQQFqIgo2AiwgCUEgaiEJIAYhBAwACwALIABBHzYCDCAAQY3MwAA2AgggAEEDOgAEIABBgICAgHg2AgAMBAsgDCAGIAJB1MrAABBlAAsgBCACQcTKwAAQ5QEACyAGIAJB5MrAABDlAQALIAAgAjYCDCAAIAE2AgggAEEDOgAEIABBgICAgHg2AgAgA0EkahDxAgsgA0HQAGokAAuiBgEEfyAAQQhrIgEgAEEEaygCACIDQXhxIgBqIQICQAJAIANBAXENACADQQJxRQ0BIAEoAgAiAyAAaiEAIAEgA2siAUHcl8EAKAIARgRAIAIoAgRBA3FBA0cNAUHUl8EAIAA2AgAgAiACKAIEQX5xNgIEIAEgAEEBcjYCBCACIAA2AgAPCyABIAMQWgsCQAJAQfSXwQACfwJAAkACQAJAIAIoAgQiA0ECcUUEQCACQeCXwQAoAgBGDQIgAkHcl8EAKAIARg0DIAIgA0F4cSICEFogASAAIAJqIgBBAXI2AgQgACABaiAANgIAIAFB3JfBACgCAEcNAUHUl8EAIAA2AgAPCyACIANBfnE2AgQgASAAQQFyNgIEIAAgAWogADYCAAsgAEGAAkkNBCABIAAQZEH0l8EAQfSXwQAoAgBBAWsiADYCACAADQZBvJXBACgCACIADQJB/x8MAwtB4JfBACABNgIAQdiXwQBB2JfBACgCACAAaiIANgIAIAEgAEEBcjYCBEHcl8EAKAIAIAFGBEBB1JfBAEEANgIAQdyXwQBBADYCAAsgAEHsl8EAKAIAIgJNDQVB4JfBACgCACIARQ0FQdiXwQAoAgAiA0EpSQ0EQbSVwQAhAQNAIAAgASgCACIETwRAIAAgBCABKAIEakkNBgsgASgCCCEBDAALAAtB3JfBACABNgIAQdSXwQBB1JfBACgCACAAaiIANgIAIAEgAEEBcjYCBCAAIAFqIAA2AgAPC0EAIQEDQCABQQFqIQEgACgCCCIADQALQf8fIAEgAUH/H00bCzYCAA8LAkBBzJfBACgCACICQQEgAEEDdnQiA3FFBEBBzJfBACACIANyNgIAIABB+AFxQcSVwQBqIgAhAgwBCyAAQfgBcSIAQcSVwQBqIQIgAEHMlcEAaigCACEACyACIAE2AgggACABNgIMIAEgAjYCDCABIAA2AggPC0H0l8EAQbyVwQAoAgAiAAR/QQAhAQNAIAFBAWohASAAKAIIIgANAAtB/x8gASABQf8fTRsFQf8fCzYCACACIANPDQBB7JfBAEF/NgIACwurBQIGfwF+AkAgAkUNACACQQdrIgNBACACIANPGyEHIAFBA2pBfHEgAWshCEEAIQMDQAJAAkACQCABIANqLQAAIgXAIgZBAE4EQCAIIANrQQNxDQEgAyAHTw0CA0AgASADaiIEQQRqKAIAIAQoAgByQYCBgoR4cQ0DIANBCGoiAyAHSQ0ACwwCC0KAgICAkCAhCQJAAkACQAJAAkACQAJAAkACQCAFLQCPtkBBAmsOAwABAgcLIANBAWoiBCACSQ0CQgAhCQwGCyADQQFqIgQgAkkNAkIAIQkMBQsgA0EBaiIEIAJJDQJCACEJDAQLIAEgBGosAABBv39KDQMMBAsgASAEaiwAACEEAkACQCAFQeABayIFBEAgBUENRgRADAIFDAMLAAsgBEFgcUGgf0YNAwwECyAEQZ9/Sg0DDAILIAZBH2pB/wFxQQxPBEAgBkF+cUFuRw0DIARBQEgNAgwDCyAEQUBIDQEMAgsgASAEaiwAACEEAkACQAJAAkAgBUHwAWsOBQEAAAACAAsgBkEPakH/AXFBAksNBCAEQUBIDQIMBAsgBEHwAGpB/wFxQTBJDQEMAwsgBEGPf0oNAgsgAiADQQJqIgRNBEBCACEJDAILIAEgBGosAABBv39KBEBCgICAgJDAACEJDAILQgAhCSADQQNqIgQgAk8NASABIARqLAAAQUBIDQJCgICAgJDgACEJDAELQgAhCSADQQJqIgQgAk8NACABIARqLAAAQb9/TA0BQoCAgICQwAAhCQsgACAJIAOthDcCBCAAQQE2AgAPCyAEQQFqIQMMAgsgA0EBaiEDDAELIAIgA00NAANAIAEgA2osAABBAEgNASACIANBAWoiA0cNAAsMAgsgAiADSw0ACwsgACACNgIIIAAgATYCBCAAQQA2AgALqgQBHH8gACAALwEMIgMgAC8BCnMiBCAALwEAIghzIgkgAC8BAiIBcyIXIAlxIAEgAC8BDiIBcyIKcyAKIAAvAQgiAiAALwEEIg5zIg9zIhAgAC8BBnMiCyADcyIFIAEgAnMiEXMiAyAEcyIMIApxIg1zIAMgEXEiBiADIAQgCyAOcyIEcyILcyITIA9xcyIHcyISIAxzIhQgByAEIBBxIgcgBSAEIAhzIhggFyABIA5zIg5zIhVxc3NzIhZxIgUgBiALIA5xcyIGIAIgCXMiGSAIcSAOcyAHcyALc3MiAnMgAyAIcyIaIAEgCXMiG3EgAXMgDXMgBnMiASASc3EiByAFcyABIAxzIg1xIgYgBSANcyIBcyACIAEgAiAWcyICcXMiAXEgAnMiAiAGIBRzIgYgByANcyIFcyINcyIHIAEgBXMiEnMiFCAPcSARIBJxIg9zIhEgDSAVcXMiFSAGIBBxcyIQIAwgASACcyIMcSIWIAIgCXFzIhwgEyAUcXMiEyADIBJxcyIJczsBDiAAIAogDHEiAyAEIAZxIgogBSAIcXMiDCAHIAtxc3MgE3MiBCABIBtxcyILIAcgDnEgD3MgCXNzOwEKIAAgCiANIBhxcyAccyAQcyIIOwEIIAAgFSAFIBlxcyALczsBBCAAIAwgASAacXMgFnMiASARIAIgF3FzcyIKIARzOwECIAAgAyAKczsBACAAIAggCXM7AQwgACABIAhzOwEGC6oEARx+IAAgACkDMCIDIAApAyiFIgQgACkDACIIhSIJIAApAwgiAYUiFyAJgyABIAApAzgiAYUiCoUgCiAAKQMgIgIgACkDECIOhSIPhSIQIAApAxiFIgsgA4UiBSABIAKFIhGFIgMgBIUiDCAKgyINhSADIBGDIgYgAyAEIAsgDoUiBIUiC4UiEyAPg4UiB4UiEiAMhSIUIAcgBCAQgyIHIAUgBCAIhSIYIBcgASAOhSIOhSIVg4WFhSIWgyIFIAYgCyAOg4UiBiACIAmFIhkgCIMgDoUgB4UgC4WFIgKFIAMgCIUiGiABIAmFIhuDIAGFIA2FIAaFIgEgEoWDIgcgBYUgASAMhSINgyIGIAUgDYUiAYUgAiABIAIgFoUiAoOFIgGDIAKFIgIgBiAUhSIGIAcgDYUiBYUiDYUiByABIAWFIhKFIhQgD4MgESASgyIPhSIRIA0gFYOFIhUgBiAQg4UiECAMIAEgAoUiDIMiFiACIAmDhSIcIBMgFIOFIhMgAyASg4UiCYU3AzggACAKIAyDIgMgBCAGgyIKIAUgCIOFIgwgByALg4WFIBOFIgQgASAbg4UiCyAHIA6DIA+FIAmFhTcDKCAAIAogDSAYg4UgHIUgEIUiCDcDICAAIBUgBSAZg4UgC4U3AxAgACAMIAEgGoOFIBaFIgEgESACIBeDhYUiCiAEhTcDCCAAIAMgCoU3AwAgACAIIAmFNwMwIAAgASAIhTcDGAuuBAELfyAAKAIEIQkgACgCACEKIAAoAgghCwJAA0AgBg0BAn8CQCACIARJDQADQCABIARqIQUCQAJAAkACQAJAIAIgBGsiBkEHTQRAIAIgBEcNASACIQQMBwsgBUEDakF8cSIAIAVGDQEgACAFayEDQQAhAANAIAAgBWotAABBCkYNBSADIABBAWoiAEcNAAsgAyAGQQhrIgBLDQMMAgtBACEAA0AgACAFai0AAEEKRg0EIAYgAEEBaiIARw0ACyACIQQMBQsgBkEIayEAQQAhAwsDQEGAgoQIIAMgBWoiBygCACINQYqUqNAAc2sgDXJBgIKECCAHQQRqKAIAIgdBipSo0ABzayAHcnFBgIGChHhxQYCBgoR4Rw0BIANBCGoiAyAATQ0ACwsgAyAGRgRAIAIhBAwDCyADIAVqIQYgAiADayAEayEHQQAhAAJAA0AgACAGai0AAEEKRg0BIAcgAEEBaiIARw0ACyACIQQMAwsgACADaiEACyAAIARqIgNBAWohBAJAIAIgA00NACAAIAVqLQAAQQpHDQBBACEGIAQiBQwDCyACIARPDQALCyACIAhGDQJBASEGIAghBSACCyEAAkAgCy0AAARAIApBzMXAAEEEIAkoAgwRAAANAQtBACEDIAAgCEcEQCAAIAFqQQFrLQAAQQpGIQMLIAAgCGshACABIAhqIQcgCyADOgAAIAUhCCAKIAcgACAJKAIMEQAARQ0BCwtBASEMCyAMC9IMAhN/BH4jAEEgayINJAACQAJAIAEpAxBCgICAgIAgWARAIA1BDGogASgCHCABKAIgEHkgDS0ADCIDQQtHBEAgACANKAAcNgAQIAAgDSkAFTcACSAAIA0pAA03AAEgACADOgAADAMLIAIpAxAgAikDGCABEFchFyACKAIIRQRAIAJBEGohEiMAQTBrIgUkAAJAAkACQCACKAIMIgtBAWoiA0UNACACKAIEIgcgB0EBaiIKQQN2IgRBB2wgB0EISRsiEEEBdiADSQRAIAVBCGpBEEEIAn8gEEEBaiIEIAMgAyAESRsiA0EPTwRAIANB/////wFLDQNBfyADQQN0QQduQQFrZ3ZBAWoMAQtBBCADQQhxQQhqIANBBEkbCyIEEKMBIAUoAggiA0UNASAFKAIQIQYgBSgCDCIHBEAgByADEOsCIQMLIANFDQIgAyAGaiEHIARBCGoiAwRAIAdB/wEgA/wLAAsgBUEANgIgIAUgBEEBayIKNgIYIAUgBzYCFCAFQpCAgICAATcCDCAFIAJBEGo2AgggBSAKIARBA3ZBB2wgBEEJSRsiEDYCHCACKAIAIgQpAwBCf4VCgIGChIiQoMCAf4MhFiAFQRRqIREgBCEDIAshBgNAIAYEQANAIBZQBEAgCEEIaiEIIANBCGoiAykDAEJ/hUKAgYKEiJCgwIB/gyEWDAELCyAHIAcgCiASIAQgFnqnQQN2IAhqIgwQ2wIiGBCyASIJaiAYp0EZdiIPOgAAIAcgCUEIayAKcWpBCGogDzoAACAHIAlBBHRrQRBrIgkgBCAMQQR0a0EQayIMKQAINwAIIAkgDCkAADcAACAGQQFrIQYgFkIBfSAWgyEWDAELCyAFIAs2AiAgBSAQIAtrNgIcIAIgERD/ASAFKAIYIgNFDQMgBUEkaiAFKAIMIAUoAhAgA0EBahCjASAFKAIkGiAFKAIUIAUoAixrIAUoAigQhQMMAwsgBCAKQQdxQQBHaiEDIAIoAgAiBiEIA0AgAwRAIAggCCkDACIWQn+FQgeIQoGChIiQoMCAAYMgFkL//v379+/fv/8AhHw3AwAgCEEIaiEIIANBAWshAwwBBQJAIApBCE8EQCAGIApqIAYpAAA3AAAMAQsgCkUNACAGQQhqIAYgCvwKAAALQQAhAwNAAkAgCiADIgRHBEAgBEEBaiEDIAQgBmoiES0AAEGAAUcNAiAGIARBf3NBBHRqIQgDQCAEIAcgEiAGIAQQ2wIiFqciDHEiD2sgBiAHIBYQsgEiCSAPa3MgB3FBCEkNAiAGIAlqIg8tAAAgDyAMQRl2Igw6AAAgBiAJQQhrIAdxakEIaiAMOgAAIAYgCUEEdGtBEGshCUH/AUYEQCARQf8BOgAAIAYgBEEIayAHcWpBCGpB/wE6AAAgCSAIKQAINwAIIAkgCCkAADcAAAwEBSAIIAkQ/wEMAQsACwALIAIgECALazYCCAwGCyARIAxBGXYiCDoAACAGIARBCGsgB3FqQQhqIAg6AAAMAAsACwALAAtBxMbAAEE5QeDGwAAQiwIACxC1AwALIAVBMGokAAsgAigCBCILIBencSEDIBdCGYgiGEL/AINCgYKEiJCgwIABfiEZIAIoAgAhBANAIAMgBGopAAAiFyAZhSIWQn+FIBZCgYKEiJCgwIABfYNCgIGChIiQoMCAf4MhFgNAIBZQRQRAIAEgBCAWeqdBA3YgA2ogC3FBBHRrQRBrQRAQ6wFFDQQgFkIBfSAWgyEWDAELCyAXQoCBgoSIkKDAgH+DIRYCQAJ/IBRFBEBBACAWUA0BGiADIBZ6p0EDdmogC3EhDgsgFiAXQgGGg0IAUg0BQQELIRQgAyAVQQhqIhVqIAtxIQMMAQsLIAQgDmosAAAiA0EATgRAIAQgBCkDAEKAgYKEiJCgwIB/g3qnQQN2Ig5qLQAAIQMLIAQgDmogGKdB/wBxIgY6AAAgAiACKAIIIANBAXFrNgIIIAIgAigCDEEBajYCDCAEIA5BCGsgC3FqQQhqIAY6AAAgAEELOgAAIAQgDkEEdGtBEGsiACABKQAINwAIIAAgASkAADcAAAwCCyAAQRs2AgggAEG+0MAANgIEIABBAzoAAAwBCyAAQRo2AgggAEGk0MAANgIEIABBAzoAAAsgDUEgaiQAC/sDAQh/IwBBEGsiBiQAAn8CQCADQQFxRQRAIAItAAAiBQ0BQQAMAgsgACACIANBAXYgASgCDBEAAAwBCyABKAIMIQoDQCACQQFqIQQCQAJAAkACQCAFwEEASARAIAVB/wFxIghBgAFGDQEgCEHAAUcNAyAGIAE2AgQgBiAANgIAIAZCoICAgAY3AgggAyAHQQN0aiICKAIAIAYgAigCBBEBAEUNAkEBDAYLIAAgBCAFQf8BcSICIAoRAABFBEAgAiAEaiECDAQLQQEMBQsgACACQQNqIgQgAi8AASICIAoRAABFBEAgAiAEaiECDAMLQQEMBAsgB0EBaiEHIAQhAgwBC0GggICABiELIAVBAXEEQCACKAABIQsgAkEFaiEEC0EAIQgCfyAFQQJxRQRAQQAhCSAEDAELIAQvAAAhCSAEQQJqCyECIAVBBHEEfyACLwAAIQggAkECagUgAgshBCAFQQhxBH8gBC8AACEHIARBAmoFIAQLIQIgBUEQcQRAIAMgCUEDdGovAQQhCQsgBiAFQSBxBH8gAyAIQQN0ai8BBAUgCAs7AQ4gBiAJOwEMIAYgCzYCCCAGIAE2AgQgBiAANgIAQQEgAyAHQQN0aiIEKAIAIAYgBCgCBBEBAA0CGiAHQQFqIQcLIAItAAAiBQ0AC0EACyAGQRBqJAALuAQCBn8BfkErQYCAxAAgACgCCCIIQYCAgAFxIgYbIAZBFXZBASABGyAFaiEJAkAgCEGAgIAEcUUEQEEAIQIMAQsgAwRAIAIhBiADIQoDQCAHIAYsAABBv39KaiEHIAZBAWohBiAKQQFrIgoNAAsLIAcgCWohCQtBLSABGyELAkAgAC8BDCIBIAlLBEACQAJAIAhBgICACHFFBEAgASAJayEKQQAhBkEAIQECQAJAAkAgCEEddkEDcUEBaw4DAAEAAgsgCiEBDAELIApB/v8DcUEBdiEBCyAIQf///wBxIQggACgCBCEJIAAoAgAhAANAIAZB//8DcSABQf//A3FPDQJBASEHIAZBAWohBiAAIAggCSgCEBEBAEUNAAsMBAsgACAAKQIIIgynQYCAgP95cUGwgICAAnI2AghBASEHIAAoAgAiCiAAKAIEIgggCyACIAMQmAINA0EAIQYgASAJa0H//wNxIQEDQCAGQf//A3EgAU8NAiAGQQFqIQYgCkEwIAgoAhARAQBFDQALDAMLQQEhByAAIAkgCyACIAMQmAINAiAAIAQgBSAJKAIMEQAADQIgCiABa0H//wNxIQFBACEGA0AgASAGQf//A3FNBEBBAA8LIAZBAWohBiAAIAggCSgCEBEBAEUNAAsMAgsgCiAEIAUgCCgCDBEAAA0BIAAgDDcCCEEADwtBASEHIAAoAgAiASAAKAIEIgAgCyACIAMQmAINACABIAQgBSAAKAIMEQAAIQcLIAcLnwQBA38jAEFAaiIDJAACQAJ/AkACQAJAAkACQAJAAkACQAJAAkAgACgCFCIFIAAoAhBJBEAgACgCDCAFai0AACIEQSJGDQYgBEEtRg0FIARB5gBGDQQgBEHuAEYNCCAEQfQARg0DIARB2wBGDQEgBEH7AEYNAiAEQTBrQf8BcUEKSQ0HCyADQQo2AjAgACADQTBqENEBDAoLIANBCjoAMCADQTBqIAEgAhDLAQwJCyADQQs6ADAgA0EwaiABIAIQywEMCAsgACAFQQFqNgIUIABB28nAAEEDEJoBIgQNCCADQYACOwEwIANBMGogASACEMsBDAcLIAAgBUEBajYCFCAAQd7JwABBBBCaASIEDQcgA0EAOwEwIANBMGogASACEMsBDAYLIAAgBUEBajYCFCADIABBABBPIAMpAwBCA1ENAyADIAEgAhC9AQwFCyAAQQA2AgggACAFQQFqNgIUIANBJGogAEEMaiAAEDsgAygCKCEEIAMoAiRBAkYNBSADIAMoAiw2AjggAyAENgI0IANBBToAMCADQTBqIAEgAhDLAQwECyADQRBqIABBARBPIAMpAxBCA1EEQCADKAIYIQQMBQsgA0EQaiABIAIQvQEMAwsgACAFQQFqNgIUIABB2MnAAEEDEJoBIgRFDQEMAwsgAygCCCEEDAILIANBBzoAMCADQTBqIAEgAhDLAQsgABDYAiEECyADQUBrJAAgBAvmAwIFfwJ+IwBBQGoiBCQAIAKnQbMIayIFQYWiE2whBgJAIANFBEAgBEEwaiIHIAZBgIAIa0EUdSIDQX9zEIMBIAcgBCkDMCICIAQpAzggASADQZXb8gdsQZXb8gdqQRB2IAVqIgVBB2qthhDeASAEQSBqIAQpAzAiCUI6hiAEKQM4QgaIhCIBQgoQrwEgBEEQaiABIAJBACAFa62IIgJCAYgiCn1CChCvASACIAFCf4VWIgcgASAKVHIhBSAEKQMoIAQpAyAiAUL///////////8AfCABVK18pyIGIAQpAxggBCkDEEIAUq18pyIIIAYgCEsbIQYgB60gCUIGiHwhAQwBCyAEQTBqIgcgBkEUdSIDQX9zEIMBIAcgBCkDMCIJIAQpAzggASADQZXb8gdsQZXb8gdqQRB2IAVqIgVBB2qthhDeASAEIAQpAzAiCkI6hiAEKQM4QgaIhCICQgoQrwEgAUJ/hUIBgyAJQQAgBWutiHwiASACQn+FViIGIAEgAlZyIQUgBq0gCkIGiHwhAUECIAQpAwggBCkDACIJQvr//////////wB9IAlUrXynIAJCgICAgICAgIDAAFEbIQYLIAAgBjoADCAAIAM2AgggACABNwMAIAAgBUU6AA0gBEFAayQAC9ADAQ5/IAAgAS0ADSABLQAPQQh0ciICIAEtAAkgAS0AC0EIdHIiA0EBdnNB1aoBcSIHIAJzIgIgAS0ABSABLQAHQQh0ciIEIAEtAAEgAS0AA0EIdHIiBUEBdnNB1aoBcSIIIARzIgRBAnZzQbPmAHEiCSACcyICIAEtAAwgAS0ADkEIdHIiBiABLQAIIAEtAApBCHRyIgpBAXZzQdWqAXEiDCAGcyIGIAEtAAQgAS0ABkEIdHIiCyABLQAAIAEtAAJBCHRyIgFBAXZzQdWqAXEiDSALcyILQQJ2c0Gz5gBxIg4gBnMiBkEEdnNBjx5xIg8gAnM7AQ4gACAHQQF0IANzIgIgCEEBdCAFcyIDQQJ2c0Gz5gBxIgcgAnMiAiAMQQF0IApzIgUgDUEBdCABcyIBQQJ2c0Gz5gBxIgggBXMiBUEEdnNBjx5xIgogAnM7AQwgACAJQQJ0IARzIgIgDkECdCALcyIEQQR2c0GPHnEiCSACczsBCiAAIA9BBHQgBnM7AQYgACAHQQJ0IANzIgIgCEECdCABcyIBQQR2c0GPHnEiAyACczsBCCAAIApBBHQgBXM7AQQgACAJQQR0IARzOwECIAAgA0EEdCABczsBAAvhAwEDfyMAQRBrIgQkAAJAAkACQCABKAIIIgJBgICAEHFFBEAgAkGAgIAgcQ0BIAAgARBqRQ0CQQEhAgwDCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQD/5EA6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQSEUNAQwCCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQDSxUA6AAAgA0EBayEDIAJBBHYiAg0AC0EBIQIgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQSA0BCyABKAIAQb7XwABBAiABKAIEKAIMEQAABEBBASECDAELIABBBGohAAJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGohAgwCCyAAKAIAIQJBCSEDA0AgAyAEakEGaiACQQ9xLQD/5EA6AAAgA0EBayEDIAJBBHYiAg0ACyABQQFB0MXAAEECIAMgBGpBB2pBCSADaxBIIQIMAQsgACgCACECQQkhAwNAIAMgBGpBBmogAkEPcS0A0sVAOgAAIANBAWshAyACQQR2IgINAAsgAUEBQdDFwABBAiADIARqQQdqQQkgA2sQSCECCyAEQRBqJAAgAgvYAwIEfgR/IwBBQGoiCCQAIAgQkwIgASABLQB/IgdqIgpBgAE6AAAgACkDQCEDIAApA0ghBCAHQf8AcyIJBEAgCkEBakEAIAn8CwALIANCNogiBUI4hiAEQgqGIgYgBYQiBUKA/gODQiiGhCAFQoCA/AeDQhiGIAVCgICA+A+DQgiGhIQgBEIChkKAgID4D4MgBEIOiEKAgPwHg4QgBEIeiEKA/gODIAZCOIiEhIQhBSAHrSIEQjuGIANCCoYiBiAEQgOGhCIEQoD+A4NCKIaEIARCgID8B4NCGIYgBEKAgID4D4NCCIaEhCADQgKGQoCAgPgPgyADQg6IQoCA/AeDhCADQh6IQoD+A4MgBkI4iISEhCEDIAlBD00EQCAAIAEQxwIgAUEAQfAA/AsACyABIAU3AHAgASADNwB4IAAgARDHAkEAIQcgAUEAOgB/A0AgB0HAAEZFBEAgByAIaiAAIAdqKQMAIgNCOIYgA0KA/gODQiiGhCADQoCA/AeDQhiGIANCgICA+A+DQgiGhIQgA0IIiEKAgID4D4MgA0IYiEKAgPwHg4QgA0IoiEKA/gODIANCOIiEhIQ3AAAgB0EIaiEHDAELCyACIAhBwAD8CgAAIAhBQGskAAuJBAEBfyMAQTBrIgMkAAJ/AkACQAJAAkACQAJAAkACQAJAAkACQCAALQAAQQFrDgoBAgMEBQYHCAkKAAsgAUHM3MAAQcwAIAIoAgwRAAAMCgsgAUGY3cAAQSkgAigCDBEAAAwJCyADIABBAWo2AiwgA0EGNgIYIAMgA0EsajYCFCABIAJBnIfAACADQRRqEEcMCAsgAyAAQQRqNgIsIANBBzYCGCADIANBLGo2AhQgASACQe6GwAAgA0EUahBHDAcLIAMgAEEMajYCDCADIABBBGo2AhAgAyAAQQhqNgIsIANBCDYCKCADQQg2AiAgA0EHNgIYIAMgA0EsajYCJCADIANBEGo2AhwgAyADQQxqNgIUIAEgAkHagsAAIANBFGoQRwwGCyADIABBBGo2AiwgA0EJNgIYIAMgA0EsajYCFCABIAJB2IbAACADQRRqEEcMBQsgAyAAQQRqNgIsIANBCTYCGCADIANBLGo2AhQgASACQeuFwAAgA0EUahBHDAQLIAFBwd3AAEE8IAIoAgwRAAAMAwsgAyAAQQRqNgIsIANBBzYCGCADIANBLGo2AhQgASACQYOHwAAgA0EUahBHDAILIAMgAEEEajYCLCADQQc2AhggAyADQSxqNgIUIAEgAkG4hsAAIANBFGoQRwwBCyABQf3dwABBKSACKAIMEQAACyADQTBqJAALhgUCB38BfiMAQSBrIgMkACADQQhqIAEQ+wECQAJAAkACQAJ/IAMtAAhBAUYEQCADKAIMDAELIAMtAAlBAUYEQCADLQAKIgZBMEcNAiABKAIUIgQgASgCEEkEQCABKAIMIARqLQAAQTBrQf8BcUEKSQ0ECyAAIAEgAkIAEHoMBQsgA0EFNgIQIAEgA0EQahD4AQshASAAQgM3AwAgACABNgIIDAMLIAZBMWtB/wFxQQlJDQEgA0ENNgIQIAEgA0EQahD4ASEBIABCAzcDACAAIAE2AggMAgsgA0ENNgIQIAEgA0EQahDRASEBIABCAzcDACAAIAE2AggMAQsgASgCFCIEIAEoAhAiBSAEIAVLGyEFIAZBMGutQv8BgyEKIAEoAgwhBgNAAkAgBCAFRwRAIAQgBmotAABBMGsiB0H/AXEiCEEKSQ0BCyAAIAEgAiAKEHoMAgsgCEEFSyAKQpmz5syZs+bMGVJyIApCmbPmzJmz5swZWnFFBEAgASAEQQFqIgQ2AhQgCkIKfiAHrUL/AYN8IQoMAQsLIANBEGohBkEAIQQgASgCECIHIAEoAhQiBWsiCEEAIAcgCE8bIQcgASgCDCAFaiEIIAVBAWohCQNAAkACQAJAAkAgBiABIAIgCiAEIAdHBH8gBCAIai0AACIFQTBrQf8BcUEKSQ0DIAVBLkYNASAFQcUARiAFQeUARnINAiAEBSAHCxB/DAMLIAYgASACIAogBBBgDAILIAYgASACIAogBBBSDAELIAEgBCAJajYCFCAEQQFqIQQMAQsLIAACfiADKAIQQQFGBEAgACADKAIUNgIIQgMMAQsgACADKwMYOQMIQgALNwMACyADQSBqJAALjwQBAn8gACABaiECAkACQCAAKAIEIgNBAXENACADQQJxRQ0BIAAoAgAiAyABaiEBIAAgA2siAEHcl8EAKAIARgRAIAIoAgRBA3FBA0cNAUHUl8EAIAE2AgAgAiACKAIEQX5xNgIEIAAgAUEBcjYCBCACIAE2AgAMAgsgACADEFoLAkACQAJAIAIoAgQiA0ECcUUEQCACQeCXwQAoAgBGDQIgAkHcl8EAKAIARg0DIAIgA0F4cSICEFogACABIAJqIgFBAXI2AgQgACABaiABNgIAIABB3JfBACgCAEcNAUHUl8EAIAE2AgAPCyACIANBfnE2AgQgACABQQFyNgIEIAAgAWogATYCAAsgAUGAAk8EQCAAIAEQZA8LAkBBzJfBACgCACICQQEgAUEDdnQiA3FFBEBBzJfBACACIANyNgIAIAFB+AFxQcSVwQBqIgEhAgwBCyABQfgBcSIBQcSVwQBqIQIgAUHMlcEAaigCACEBCyACIAA2AgggASAANgIMIAAgAjYCDCAAIAE2AggPC0Hgl8EAIAA2AgBB2JfBAEHYl8EAKAIAIAFqIgE2AgAgACABQQFyNgIEIABB3JfBACgCAEcNAUHUl8EAQQA2AgBB3JfBAEEANgIADwtB3JfBACAANgIAQdSXwQBB1JfBACgCACABaiIBNgIAIAAgAUEBcjYCBCAAIAFqIAE2AgALC9cDAwN/AX4BfCMAQUBqIgIkACACIAEQpwECQAJAAkACQAJAAn8gAi0AAEEBRgRAIAIoAgQMAQsgAi0AAUEBRgRAIAItAAIiA0EtRw0CQQEhAyABIAEoAhRBAWo2AhQgAkEIaiABQQAQTyACKQMIIgVCA1ENAyACQRBqIQMMBQsgAkEFNgIoIAEgAkEoahDRAQshAUEBIQMMBAsgA0Ewa0H/AXFBCk8EQEEBIQMgASACQT9qQajJwAAQSSABENgCIQEMBAtBASEDIAJBGGogAUEBEE8gAikDGCIFQgNRDQEgAkEgaiEDDAILIAIoAhAhAQwCCyACKAIgIQEMAQsCfwJAAkACQCAFp0EBaw4CAAECCyADKQMAIgVCgICAgBBaBEAgAkEBOgAoIAIgBTcDMCACQShqIAJBP2pBqMnAABDMAQwDCyAFpyEBQQAhAwwDCyADKQMAIgVCgICAgBBaBEAgAkECOgAoIAIgBTcDMCACQShqIAJBP2pBqMnAABDMAQwCCyAFpyEBQQAhAwwCCyADKwMAIQYgAkEDOgAoIAIgBjkDMCACQShqIAJBP2pBqMnAABDLAQtBASEDIAEQ2AIhAQsgACABNgIEIAAgAzYCACACQUBrJAAL2QQBB38jAEEgayIHJAAgASABKAIUIgZBAWoiBTYCFEEBIQgCQCAFIAEoAhBPDQACQAJAIAEoAgwgBWotAABBK2sOAwECAAILQQAhCAsgASAGQQJqNgIUCyAHQQxqIAEQ+wECQAJAAn8gBy0ADEEBRgRAIAcoAhAMAQsgBy0ADUEBRgRAIActAA5BMGtB/wFxIgVBCkkNAiAHQQ02AhQgASAHQRRqEPgBIQEgAEEBNgIAIAAgATYCBAwDCyAHQQU2AhQgASAHQRRqEPgBCyEBIABBATYCACAAIAE2AgQMAQsgASgCFCIGIAEoAhAiCSAGIAlLGyEKIAEoAgwhCwNAAkAgBiAKRwRAIAYgC2otAABBMGtB/wFxIglBCkkNAQsgACABIAIgAwJ/IAhFBEAgBCAFayIAQR91QYCAgIB4cyAAIAAgBEggBUEASnMbDAELIAQgBWoiAEEfdUGAgICAeHMgACAFQQBIIAAgBEhzGwsQfwwCCyABIAZBAWoiBjYCFCAFQcyZs+YARyAJQQdLciAFQcuZs+YASnFFBEAgBUEKbCAJaiEFDAELCyMAQRBrIgUkACAAAn8gA0IAIAgbUARAIAEoAhQiBCABKAIQIgYgBCAGSxshBiABKAIMIQgDQAJAIAQgBkcEQCAEIAhqLQAAQTBrQf8BcUEKSQ0BCyAARAAAAAAAAAAARAAAAAAAAACAIAIbOQMIQQAMAwsgASAEQQFqIgQ2AhQMAAsACyAFQQ42AgQgACABIAVBBGoQ+AE2AgRBAQs2AgAgBUEQaiQACyAHQSBqJAALugMBA38CQAJAAkACQCACIANPBEAgA0UNBCABIANqIQIgA0EDTQRAA0AgASACTw0GIAJBAWsiAi0AAEEKRw0ADAULAAtBgIKECCACQQRrKAAAIgRBipSo0ABzayAEckGAgYKEeHFBgIGChHhHBEADQCABIAJPDQYgAkEBayICLQAAQQpHDQAMBQsACyADIAJBA3FrIQQgA0EJSQ0BA0ACQCAEQQhOBEBBgIKECCABIARqIgJBCGsoAgAiBkGKlKjQAHNrIAZyQYCBgoR4cUGAgYKEeEYNAQsgASAEaiECDAQLIARBCGshBEGAgoQIIAJBBGsoAgAiBkGKlKjQAHNrIAZyQYCBgoR4cUGAgYKEeEYNAAsMAgtBACADIAJBzIHBABBlAAsgASAEaiECA0AgASACTw0DIAJBAWsiAi0AAEEKRw0ACwwBCwNAIAEgAk8NAiACQQFrIgItAABBCkcNAAsLIAIgAWtBAWohBQtBASECIAAgASAFaiIEIAFLBH9BACECA0AgASAET0UEQCACIAEtAABBCkZqIQIgAUEBaiEBDAELCyACQQFqBUEBCzYCACAAIAMgBWs2AgQLjwMBA38jAEEgayICJAAgAkEMaiABKAIAIgMQpwECQAJAAn8gAi0ADEEBRgRAIAIoAhAMAQsgAi0ADUEBRgRAIAItAA4iBEH9AEcNAiAAQQA7AQAMAwsgAkEDNgIUIAMgAkEUahDRAQshASAAQQE6AAAgACABNgIEDAELIAACfwJAAkACQCABLQAERQRAIARBLEcNASADIAMoAhRBAWo2AhQgAkEMaiADEKcBIAItAAwEQCAAIAIoAhA2AgQgAEEBOgAADAYLAkACQCACLQANQQFGBEAgAi0ADiIBQSJGDQEgAUH9AEYNAiACQRE2AhQMBgsgAkEFNgIUDAULIABBAToAAUEADAULIAJBFTYCFAwDCyABQQA6AAQgBEEiRg0BIAJBETYCFCADIAJBFGoQ0QEhASAAQQE6AAAgACABNgIEDAQLIAJBCDYCFCADIAJBFGoQ0QEhASAAQQE6AAAgACABNgIEDAMLIABBgAI7AQAMAgsgACADIAJBFGoQ0QE2AgRBAQs6AAALIAJBIGokAAvIAwEEfyMAQdAAayICJAAgAkEEaiABEKcBAkACQCACLQAEQQFGBEAgAigCCCEDDAELAkACQCACLQAFQQFGBEAgAi0ABkEiRw0BIAFBADYCCCABIAEoAhRBAWo2AhQgAkEEaiABQQxqIAEQOyACKAIIIQMgAigCBCIEQQJGDQMgAigCDCEFIARBAUYEQCACIAU2AiAgAiADNgIcIAJBBToAGCACQRhqIAJBzwBqQcjJwAAQywEgARDYAiEDDAQLIAJBBGoiBCADIAUQYiAAAn8gAi0ABEELRwRAIAIgAigCFDYCKCACIAIpAgw3AyAgAiACKQIENwMYIAJBADYCSCACQoCAgIAQNwJAIAJBGGogAkFAa0HQ2sAAEE4NBCACIAIoAkg2AjggAiACKQJANwMwIAJBMGoQNiEBIAQQ1AIgACABNgIEQQEMAQsgACACKQANNwAJIAAgAikABTcAAUEACzoAAAwECyACQQU2AhggASACQRhqENEBIQMMAgsgASACQc8AakHIycAAEEkgARDYAiEDDAELQfjawABBNyACQc8AakHo2sAAQbDbwAAQzwEACyAAQQE6AAAgACADNgIECyACQdAAaiQAC6MDAwJ/AX4BfCMAQUBqIgIkACACIAEQpwECQAJAAkACQAJ/IAItAABBAUYEQCACKAIEDAELIAItAAFBAUYEQCACLQACIgNBLUcNAiACQRBqIQMgASABKAIUQQFqNgIUIAJBCGogAUEAEE8gAikDCCIEQgNSDQMMBAsgAkEFNgIoIAEgAkEoahDRAQshASAAQQE2AgAgACABNgIEDAMLIANBMGtB/wFxQQpPBEAgASACQT9qQbjJwAAQSSABENgCIQEgAEEBNgIAIAAgATYCBAwDCyACQSBqIQMgAkEYaiABQQEQTyACKQMYIgRCA1ENAQsgAAJ/AkAgAAJ/AkACQAJAIASnQQFrDgIBAgALIAMrAwAhBSACQQM6ACggAiAFOQMwIAJBKGogAkE/akG4ycAAEMsBDAILIAMpAwAhBAwCCyADKQMAIgRCAFkNASACQQI6ACggAiAENwMwIAJBKGogAkE/akG4ycAAEMwBCyABENgCNgIEQQEMAQsgACAENwMIQQALNgIADAELIABBATYCACAAIAMoAgA2AgQLIAJBQGskAAugAwICfwN+IwBB4ABrIgMkACADQgA3AzAgA0IANwM4IAMgATcDKCADIAFC88rRy6eM2bL0AIU3AxggAyABQu3ekfOWzNy35ACFNwMQIAMgADcDICADIABC4eSV89bs2bzsAIU3AwggAyAAQvXKzYPXrNu38wCFNwMAIANBEDYCQCADIANBQGsiBEEEEHYgAyACQRAQdiADIAMpAxA3A1AgAyADKQMINwNIIAMgAykDADcDQCADIAMpAzAgAzUCOEI4hoQiBSADKQMYhTcDWCAEELoBIAMpA1AhACADKQNAIQcgAykDSCEGIAMpA1ghASADQeAAaiQAIAEgBkL/AYV8IgYgACAFIAeFfCIFIABCDYmFIgB8IgcgAEIRiYUiAEINiSAAIAFCEIkgBoUiACAFQiCJfCIBfCIFhSIGQhGJIABCFYkgAYUiACAHQiCJfCIBIAZ8IgeFIgZCDYkgAEIQiSABhSIAIAVCIIl8IgEgBnyFIgVCEYkgAEIViSABhSIAIAdCIIl8IgEgBXwiBUIgiYUgAEIQiSABhUIViYUgBYUL5wIBBX8CQCABQc3/e0EQIAAgAEEQTRsiAGtPDQAgAEEQIAFBC2pBeHEgAUELSRsiBGpBDGoQLyICRQ0AIAJBCGshAQJAIABBAWsiAyACcUUEQCABIQAMAQsgAkEEayIFKAIAIgZBeHEgAiADakEAIABrcUEIayICIABBACACIAFrQRBNG2oiACABayICayEDIAZBA3EEQCAAIAMgACgCBEEBcXJBAnI2AgQgACADaiIDIAMoAgRBAXI2AgQgBSACIAUoAgBBAXFyQQJyNgIAIAEgAmoiAyADKAIEQQFyNgIEIAEgAhBQDAELIAEoAgAhASAAIAM2AgQgACABIAJqNgIACwJAIAAoAgQiAUEDcUUNACABQXhxIgIgBEEQak0NACAAIAQgAUEBcXJBAnI2AgQgACAEaiIBIAIgBGsiBEEDcjYCBCAAIAJqIgIgAigCBEEBcjYCBCABIAQQUAsgAEEIaiEDCyADC+0CAQZ/IwBBEGsiBSQAAkACQAJAAkACQAJAAkAgAkEBcQRAIAJBAXYhAwwBCyABLQAAIgNFDQEgASEEA0AgBEEBaiEEAkAgA8BBAEgEQCADQf8BcUGAAUYEQCAGIAQvAAAiA2ohBiADIARqQQJqIQQMAgsgBCADQQNxQQh4IghBBXRBgICAgARxIAhBB3RyQR12aiADQQF2QQJxaiADQQJ2QQJxaiEEIAZFIAdyIQcMAQsgBCADQf8BcSIDaiEEIAMgBmohBgsgBC0AACIDDQALQQAhAyAHIAZBEElxDQAgBkEBdCIDQQBIDQQLIAMNAQtBASEEQQAhAwwBCyADEC8iBEUNAgsgBUEANgIIIAUgBDYCBCAFIAM2AgAgBUHYp8AAIAEgAhBHRQ0CQYCowABB1gAgBUEPakHwp8AAQdiowAAQzwEACxCsAwALQQEQ8gIACyAAIAUoAgg2AgggACAFKQIANwIAIAVBEGokAAuCAwEEfyAAKAIMIQICQAJAAkAgAUGAAk8EQCAAKAIYIQMCQAJAIAAgAkYEQCAAQRRBECAAKAIUIgIbaigCACIBDQFBACECDAILIAAoAggiASACNgIMIAIgATYCCAwBCyAAQRRqIABBEGogAhshBANAIAQhBSABIgJBFGogAkEQaiACKAIUIgEbIQQgAkEUQRAgARtqKAIAIgENAAsgBUEANgIACyADRQ0CAkAgACgCHEECdEG0lMEAaiIBKAIAIABHBEAgAygCECAARg0BIAMgAjYCFCACDQMMBAsgASACNgIAIAJFDQQMAgsgAyACNgIQIAINAQwCCyAAKAIIIgAgAkcEQCAAIAI2AgwgAiAANgIIDwtBzJfBAEHMl8EAKAIAQX4gAUEDdndxNgIADwsgAiADNgIYIAAoAhAiAQRAIAIgATYCECABIAI2AhgLIAAoAhQiAEUNACACIAA2AhQgACACNgIYDwsPC0HQl8EAQdCXwQAoAgBBfiAAKAIcd3E2AgAL0wIBA38jAEEgayICJAAgAkEMaiABKAIAIgMQpwECQAJAAn8gAi0ADEEBRgRAIAIoAhAMAQsgAi0ADUEBRgRAIAItAA4iBEHdAEcNAiAAQQA7AQAMAwsgAkECNgIUIAMgAkEUahDRAQshASAAQQE6AAAgACABNgIEDAELAkACQCABLQAERQRAIARBLEcNASADIAMoAhRBAWo2AhQgAkEMaiADEKcBIAItAAwEQCAAIAIoAhA2AgQgAEEBOgAADAQLAkACQCACLQANQQFGBEAgAi0ADkHdAEcNAiACQRU2AhQMAQsgAkEFNgIUCyAAIAMgAkEUahDRATYCBEEBIQEMAwsgAEEBOgABQQAhAQwCCyABQQA6AAQgAEGAAjsBAAwCCyACQQc2AhQgAyACQRRqENEBIQEgAEEBOgAAIAAgATYCBAwBCyAAIAE6AAALIAJBIGokAAvAAgIEfwF+IwBBIGsiBiQAAn9BACADIAIgA2oiAksNABpBACEDIAZBFGohCAJAAkAgBa1BBCACIAEoAgAiCUEBdCIHIAIgB0sbIgIgAkEETRsiAq1+IgpCIIinDQAgCqciB0GAgICAeCAEa0sNAAJ/IAlFBEBBACEFIAZBHGoMAQsgASgCBCEIIAYgBDYCHCAFIAlsIQUgBkEYagsgBTYCAAJ/IAYoAhwEQCAGKAIYIgNFBEAgBkEIaiAEIAdBABDdASAGKAIIDAILIAggAyAEIAcQPQwBCyAGIAQgB0EAEN0BIAYoAgALIgUNASAGIAQ2AhQgBkEQaiEIIAchAwsgCCADNgIAIAYoAhAhAiAGKAIUDAELIAEgAjYCACABIAU2AgRBgYCAgHgLIQMgACACNgIEIAAgAzYCACAGQSBqJAAL3QIBCH8jAEEgayICJAAgACgCCCEFIAAoAgQhA0EBIQYgASgCAEGOtsAAQQEgASgCBCgCDBEAACEAIAUEQANAIAchCEEBIQcgAEEBcSEEQQEhAAJAIAQNAAJAIAEtAApBgAFxRQRAIAhBAXFFDQEgASgCAEH74cAAQQIgASgCBCgCDBEAAEUNAQwCCyABKAIEIQQgASgCACEJIAhBAXFFBEAgCUHttMAAQQEgBCgCDBEAAA0CCyACQQE6AA8gAiAENgIEIAIgCTYCACACQfS0wAA2AhQgAiABKQIINwIYIAIgAkEPajYCCCACIAI2AhAgAyACQRBqEI0CBEAMAgsgAigCEEHotMAAQQIgAigCFCgCDBEAACEADAELIAMgARCNAiEACyADQQFqIQMgBUEBayIFDQALCyAARQRAIAEoAgBB77TAAEEBIAEoAgQoAgwRAAAhBgsgAkEgaiQAIAYL4AIBB38jAEEgayIDJAAgASgCACIBQQA6ABwCQCABKAIIQf////8HSQRAIAFBCGohByABKAIYIQYCQANAIAZFDQEgA0EIaiAHQfDIwAAQuQIgAygCDCEEIAMoAggiASgCDCIFBEAgASAFQQFrNgIMIAEgASgCCCIFQQFqIgggASgCACIJQQAgCCAJTxtrNgIIIAEoAgQgBUECdGooAgAhASAEIAQoAgBBAWo2AgAgASgCCA0EIAFBfzYCCAJAIAEoAgwiBEUNACABQQA6ABwgA0EANgIYIAMgAUEUaiIFNgIUIAMgBTYCECAEIANBEGogASgCECgCDBEBAA0AIAFBDGoiBBDMAiAEQQA2AgALIAEgASgCCEEBajYCCCABEOgCIAZBAWshBgwBCwsgBCAEKAIAQQFqNgIACyACEJoDIABBADYCACADQSBqJAAPC0HgyMAAELACAAtB0MjAABCvAgALxAICBH8DfiMAQSBrIgQkACAEEOMBIAEgAS0APyIDaiIGQYABOgAAIAApAyAhByADQT9zIgUEQCAGQQFqQQAgBfwLAAsgA60iCEI7hiAHQgmGIgkgCEIDhoQiCEKA/gODQiiGhCAIQoCA/AeDQhiGIAhCgICA+A+DQgiGhIQgB0IBhkKAgID4D4MgB0IPiEKAgPwHg4QgB0IfiEKA/gODIAlCOIiEhIQhByAFQQdNBEAgACABEMgCIAFBAEE4/AsACyABIAc3ADggACABEMgCQQAhAyABQQA6AD8DQCADQSBGRQRAIAMgBGogACADaigCACIBQf+B/AdxQQh4IAFBGHhB/4H8B3FyNgAAIANBBGohAwwBCwsgAiAEKQAYNwAYIAIgBCkAEDcAECACIAQpAAg3AAggAiAEKQAANwAAIARBIGokAAu1AwEIfyMAQRBrIgckACABIAEoAhRBAWoiBTYCFCABKAIMIQggASgCECEJAkADQAJAAkACQAJAIAUgCUkEQCAFIAhqLQAAIgpBMGsiC0H/AXEiDEEKSQ0EIAYNASAHQQ02AgQgASAHQQRqENEBIQEgAEEBNgIAIAAgATYCBAwGCyAGBEAgBCAGaiEFDAILIAdBBTYCBCABIAdBBGoQ0QEhASAAQQE2AgAgACABNgIEDAULIAQgBmohBSAKQSByQeUARg0BCyAAIAEgAiADIAUQfwwDCyAAIAEgAiADIAUQUgwCCyAMQQVLIANCmbPmzJmz5swZUnIgA0KYs+bMmbPmzBlWcUUEQCABIAVBAWoiBTYCFCAGQQFrIQYgA0IKfiALrUL/AYN8IQMMAQsLIAQgBmohBSABKAIUIgQgASgCECIGIAQgBksbIQYgASgCDCEIAkACQAJAA0AgBCAGRg0BIAQgCGotAAAiCUEwa0H/AXFBCU0EQCABIARBAWoiBDYCFAwBCwsgCUEgckHlAEYNAQsgACABIAIgAyAFEH8MAQsgACABIAIgAyAFEFILCyAHQRBqJAAL8wIBBX8jAEEQayIDJAACQEGImMEAKAIADQBBiJjBAEF/NgIAQZSYwQAoAgAiAUGQmMEAKAIAIgBGBEAgASEAAkAgAUGMmMEAKAIAIgJHDQDQb0GAASABIAFBgAFNGyIC/A8BIgBBf0YNAgJAQZiYwQAoAgAiBEUEQEGYmMEAIAA2AgAMAQsgASAEaiAARw0DC0GMmMEAKAIAIgRBkJjBACgCACIAayACTwRAIAQhAgwBCyACIAAgAmoiAksNAiADQQRqIARBiJTBACgCACACQQQQbyADKAIEQQFGDQJBiJTBACADKAIINgIAQYyYwQAgAjYCAEGQmMEAKAIAIQALIAAgAk8NAUGIlMEAKAIAIABBAnRqIAFBAWo2AgBBkJjBACAAQQFqIgA2AgALIAAgAU0NAEGUmMEAQYiUwQAoAgAgAUECdGooAgA2AgBBiJjBAEGImMEAKAIAQQFqNgIAQZiYwQAoAgAgA0EQaiQAIAFqDwsAC74CAQV/IwBBIGsiAyQAAkACQCACQSBGBEBBACECA0AgAkEgRg0CIAEgAmogAkEBaiECLQAAIgRBOmtB/wFxQfUBSyAEQecAa0H/AXFB+gFPcg0ACwsgAEEpNgIIIABByN7AADYCBCAAQQM6AAAMAQsgA0IANwMQIANCADcDCEEAIQIgA0EIaiEEAkADQCACQSBGDQEgA0EYaiIFIAEgAmoiBi0AACACEK0BAkAgAygCGEGCgMQARw0AIAMtABwhByAFIAZBAWotAAAgAkEBahCtASADKAIYQYKAxABHDQAgBCADLQAcIAdBBHRyOgAAIARBAWohBCACQQJqIQIMAQsLIABBFDYCCCAAQfHewAA2AgQgAEEDOgAADAELIAAgAykDEDcACSAAIAMpAwg3AAEgAEELOgAACyADQSBqJAALogICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIAdCP4ciBoUgBn0iBkLoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8B+JFBOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8B+JFBOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8B+JFBOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQD5kUE6AAALIAEgB0IAWUEBQQAgA0EMaiACakEUIAJrEEggA0EgaiQAC7oCAQR/QR8hAiAAQgA3AhAgAUGAgIAISQRAIAFBJiABQQh2ZyIDa3ZBAXEgA0EBdHJBPnMhAgsgACACNgIcIAJBAnRBtJTBAGohBEEBIAJ0IgNB0JfBACgCAHFFBEAgBCAANgIAIAAgBDYCGCAAIAA2AgwgACAANgIIQdCXwQBB0JfBACgCACADcjYCAA8LAkACQCABIAQoAgAiAygCBEF4cUYEQCADIQIMAQsgAUEZIAJBAXZrQQAgAkEfRxt0IQUDQCADIAVBHXZBBHFqIgQoAhAiAkUNAiAFQQF0IQUgAiEDIAIoAgRBeHEgAUcNAAsLIAIoAggiASAANgIMIAIgADYCCCAAQQA2AhggACACNgIMIAAgATYCCA8LIARBEGogADYCACAAIAM2AhggACAANgIMIAAgADYCCAubAgEBfyMAQSBrIgQkAAJAAkACQCAAIAJNBEAgASACSw0BIAAgAU0NAiAEIAA2AgggBCABNgIMIAQgBEEMaq1CgICAgIAChDcDGCAEIARBCGqtQoCAgICAAoQ3AxBB9YLAACAEQRBqIAMQiwIACyAEIAA2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGCAEIARBCGqtQoCAgICAAoQ3AxBB1IPAACAEQRBqIAMQiwIACyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGAwBCyAEIAE2AgggBCACNgIMIAQgBEEMaq1CgICAgIAChDcDGAsgBCAEQQhqrUKAgICAgAKENwMQQY2EwAAgBEEQaiADEIsCAAuWAgEHfyMAQSBrIgIkACAAKAIAIgMgACgCCCIEayABSQRAAkAgASABIARqIgVLBH9BAAVBACEEIAJBFGohBkEIIAUgA0EBdCIBIAEgBUkbIgEgAUEITRsiAUEATgRAAn8gA0UEQEEAIQMgAkEcagwBCyAAKAIEIQQgAkEBNgIcIAJBGGoLIAM2AgACfyACKAIcBEAgAigCGCIDRQRAIAJBCGpBASABEPcCIAIoAggMAgsgBCADQQEgARA9DAELIAJBASABEPcCIAIoAgALIgMNAiACQQE2AhQgAkEQaiEGIAEhBAsgBiAENgIAIAIoAhAhASACKAIUCyABIQgQ8gIACyAAIAE2AgAgACADNgIECyACQSBqJAALywIBBH8jAEEgayIFJABBASEHAkAgAC0ABA0AIAAtAAUhCCAAKAIAIgYtAApBgAFxRQRAIAYoAgBB++HAAEHgtMAAIAhBAXEiCBtBAkEDIAgbIAYoAgQoAgwRAAANASAGKAIAIAEgAiAGKAIEKAIMEQAADQEgBigCAEHjtMAAQQIgBigCBCgCDBEAAA0BIAMgBiAEEQEAIQcMAQsgCEEBcUUEQCAGKAIAQeW0wABBAyAGKAIEKAIMEQAADQELIAVBAToADyAFQfS0wAA2AhQgBSAGKQIANwIAIAUgBikCCDcCGCAFIAVBD2o2AgggBSAFNgIQIAUgASACEEUNACAFQeO0wABBAhBFDQAgAyAFQRBqIAQRAQAEQAwBCyAFKAIQQei0wABBAiAFKAIUKAIMEQAAIQcLIABBAToABSAAIAc6AAQgBUEgaiQAIAALlgICBH8DfiMAQSBrIgMkAEEUIQIgACkDACIHIQYgB0LoB1oEQANAIANBDGogAmoiAEEEayAGIgggBkKQzgCAIgZCkM4Afn2nIgRB//8DcUHkAG4iBUEBdC8B+JFBOwAAIABBAmsgBCAFQeQAbGtB//8DcUEBdC8B+JFBOwAAIAJBBGshAiAIQv+s4gRWDQALCyAGQglWBEAgAkECayICIANBDGpqIAanIgAgAEH//wNxQeQAbiIAQeQAbGtB//8DcUEBdC8B+JFBOwAAIACtIQYLIAdQRSAGUHFFBEAgAkEBayICIANBDGpqIAanQQF0LQD5kUE6AAALIAFBAUEBQQAgA0EMaiACakEUIAJrEEggA0EgaiQAC58CAgJ/AX4gAAJ/AkACQAJAAkACQAJAIAIOAgABAgsgAEEAOgABQQEMBQsgAS0AACIDQStrDgMCAQIBCyABLQAAIQMLIAEgA0H/AXFBK0YiA2ohASACIANrIgJBCU8EQEEAIQMCQANAIAJFDQQgAS0AACEEIAOtQgp+IgVCIIinDQEgBEEwayIDQQpPDQMgAUEBaiEBIAJBAWshAiADIAMgBadqIgNNDQALIABBAjoAAUEBDAQLIARBMGtB/wFxQQpPDQEgAEECOgABQQEMAwtBACEDA0AgAkUNAiABLQAAQTBrIgRBCUsNASABQQFqIQEgAkEBayECIAQgA0EKbGohAwwACwALIABBAToAAUEBDAELIAAgAzYCBEEACzoAAAuJAgEHfyMAQRBrIgMkAEEKIQIgACgCACIEIQAgBEHoB08EQANAIANBBmogAmoiBUEEayAAIgYgAEGQzgBuIgBBkM4AbGsiB0H//wNxQeQAbiIIQQF0LwH4kUE7AAAgBUECayAHIAhB5ABsa0H//wNxQQF0LwH4kUE7AAAgAkEEayECIAZB/6ziBEsNAAsLIABBCUsEQCACQQJrIgIgA0EGamogACAAQf//A3FB5ABuIgBB5ABsa0H//wNxQQF0LwH4kUE7AAALQQAgBCAAG0UEQCACQQFrIgIgA0EGamogAEEBdC0A+ZFBOgAACyABQQFBAUEAIANBBmogAmpBCiACaxBIIANBEGokAAukAgEFfyMAQYABayIDJAAgASACQQR0QUBxaiEHIAEhBQNAIAUgB0ZFBEBBACEEA0AgBEHAAEZFBEAgAyAEIAVqEPUBIANBQGsgBGoiBiADKQAINwAIIAYgAykAADcAACAEQRBqIQQMAQsLIAMgA0FAa0HAAPwKAABBACEEA0AgBEHAAEZFBEAgAyAEaiIGIAZBCGoQ/AEgBEEQaiEEDAELCyAAIAMpAwAgAykDCBA0IAAgAykDECADKQMYEDQgACADKQMgIAMpAygQNCAAIAMpAzAgAykDOBA0IAVBQGshBQwBCwsgAkEDcUEEdCEEIAEgAkH8//8/cUEEdGohAQNAIAQEQCAAIAEQogIgBEEQayEEIAFBEGohAQwBCwsgA0GAAWokAAu9AgEGfyMAQSBrIgIkACAAKAIAIQMCQAJAAkACQAJAIAAoAgQiAA4DBAIBAAtBASEEIAEoAgAiBUH04cAAQQcgASgCBCIGKAIMIgcRAAANAiAAQQN0IQBBACEBA0AgAEUEQEEAIQQMBAsgAiADNgIcIAEEQCAFQfvhwABBAiAHEQAADQQLIAJBBzYCECACIAJBHGo2AgwgBSAGQeqZwAAgAkEMahBHDQMgA0EIaiEDIAFBAWshASAAQQhrIQAMAAsACyACQRI2AhggAkESNgIQIAIgAzYCDCACIANBCGo2AhQgASgCACABKAIEQYaZwAAgAkEMahBHIQQMAQsgAkESNgIQIAIgAzYCDCABKAIAIAEoAgRB6pnAACACQQxqEEchBAsgAkEgaiQAIAQPC0HW4cAAQQ5B5OHAABD5AgALiQIBBn8gACgCCCIEIQICf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgYgACgCACAEa0sEfyAAIAQgBhCgASAAKAIIBSACCyAAKAIEaiECAkAgAUGAAU8EQCABQT9xQYB/ciEFIAFBBnYhAyABQYAQSQRAIAIgBToAASACIANBwAFyOgAADAILIAFBDHYhByADQT9xQYB/ciEDIAFB//8DTQRAIAIgBToAAiACIAM6AAEgAiAHQeABcjoAAAwCCyACIAU6AAMgAiADOgACIAIgB0E/cUGAf3I6AAEgAiABQRJ2QXByOgAADAELIAIgAToAAAsgACAEIAZqNgIIQQALugIBAn8jAEEgayICJAAgAkEEaiABEKcBAkACQAJAAn8gAi0ABEEBRgRAIAIoAggMAQsgAi0ABUEBRgRAIAItAAZBIkcNAiABQQA2AgggASABKAIUQQFqNgIUIAJBEGogAUEMaiABEDsgAigCFCEDIAIoAhBBAkcNAyAAQYCAgIB4NgIAIAAgAzYCBAwECyACQQU2AhAgASACQRBqENEBCyEBIABBgICAgHg2AgAgACABNgIEDAILIAEgAkEfakHw4MAAEEkgARDYAiEBIABBgICAgHg2AgAgACABNgIEDAELIAJBBGogAyACKAIYELMBIAIoAgRBgICAgHhGBEAgAigCCCABENgCIQEgAEGAgICAeDYCACAAIAE2AgQMAQsgACACKAIMNgIIIAAgAikCBDcCAAsgAkEgaiQAC4ACAgN/AX4jAEEgayIFJABBASEHQQQhBgJAAkAgBK0gA61+IghCIIinDQAgCKciA0H8////B0sNAAJ/IAFFBEBBACEGIAVBHGoMAQsgBUEENgIcIAEgBGwhBiAFQRhqCyAGNgIAAn8gBSgCHARAIAUoAhgiAUUEQCAFQRBqQQQgAxDXAiAFKAIQIQYgBSgCFAwCCyACIAFBBCADED0hBiADDAELIAVBCGpBBCADENcCIAUoAgghBiAFKAIMCyAGRQRAIABBBDYCBEEIIQYMAgsgACAGNgIEQQAhB0EIIQYhAwwBC0EAIQMLIAAgBmogAzYCACAAIAc2AgAgBUEgaiQAC/oBAQN/IwBBEGsiAiQAIAAoAgAhAAJ/IAEtAAtBGHFFBEAgASgCACAAIAEoAgQoAhARAQAMAQsgAkEANgIMIAEgAkEMagJ/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQEgAEGAEEkEQCACIAM6AA0gAiABQcABcjoADEECDAILIABBDHYhBCABQT9xQYB/ciEBIABB//8DTQRAIAIgAzoADiACIAE6AA0gAiAEQeABcjoADEEDDAILIAIgAzoADyACIAE6AA4gAiAEQT9xQYB/cjoADSACIABBEnZBcHI6AAxBBAwBCyACIAA6AAxBAQsQPAsgAkEQaiQAC6kCAQV/IwBBIGsiAiQAQQEhAwJAIAAoAgAiBC0AAEEBRgRAIAEoAgAiAEHsqMAAQQQgASgCBCIGKAIMIgURAAANASAEQQFqIQQCQCABLQAKQYABcUUEQCAAQeq0wABBASAFEQAADQMgBCABEI0CDQMgASgCACEAIAEoAgQoAgwhBQwBCyAAQeu0wABBAiAFEQAADQIgAkEBOgAPIAIgBjYCBCACIAA2AgAgAkH0tMAANgIUIAIgASkCCDcCGCACIAJBD2o2AgggAiACNgIQIAQgAkEQahCNAg0CIAIoAhBB6LTAAEECIAIoAhQoAgwRAAANAgsgAEHutMAAQQEgBREAACEDDAELIAEoAgBB6KjAAEEEIAEoAgQoAgwRAAAhAwsgAkEgaiQAIAMLhAIBAn8jAEEgayIBJAAgAUEEaiAAEKcBAkAgAS0ABEEBRgRAIAEoAgghAAwBCyABLQAFQQFGBEACQCABLQAGIgJB3QBHBEAgAkEsRg0BIAFBFjYCFCAAIAFBFGoQ0QEhAAwDCyAAIAAoAhRBAWo2AhRBACEADAILIAAgACgCFEEBajYCFCABQQxqIAAQpwECQCABLQAMIgINACABLQANQQFHDQAgAS0ADkHdAEcNACABQRU2AhQgACABQRRqENEBIQAMAgsgAUEWNgIUIAAgAUEUahDRASEAIAJFDQEgASgCEBC3AQwBCyABQQI2AhQgACABQRRqENEBIQALIAFBIGokACAAC/IBAQZ/IAAoAgghBiAAAn9BASABQYABSSIDDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgcQZiAAKAIEIAAoAghqIQICQCADRQRAIAFBP3FBgH9yIQMgAUEGdiEEIAFBgBBJBEAgAiADOgABIAIgBEHAAXI6AAAMAgsgAUEMdiEFIARBP3FBgH9yIQQgAUH//wNNBEAgAiADOgACIAIgBDoAASACIAVB4AFyOgAADAILIAIgAzoAAyACIAQ6AAIgAiAFQT9xQYB/cjoAASACIAFBEnZBcHI6AAAMAQsgAiABOgAACyAAIAYgB2o2AghBAAuAAgEDfyMAQSBrIgUkACAFIAQ2AgggBSADNgIEAn8CQCACRQ0AA0AgAkEBTQRAIAEgBkHoAGxqIgJB1ABqKAIAIAJB2ABqKAIAIAMgBBCnAkH/AXENAkEADAMFIAYgAkEBdiIHIAZqIgYgASAGQegAbGoiBkHUAGooAgAgBkHYAGooAgAgAyAEEKcCQf8BcUEBRhshBiACIAdrIQIMAQsACwALIAVBDTYCHCAFIAVBBGo2AhggBUEMakHKhcAAIAVBGGoQWUGrosAAQQ0gBSgCECIBIAUoAhQQ2gEhAiAFKAIMIAEQqANBAQshASAAIAI2AgQgACABNgIAIAVBIGokAAu6AQECfyMAQZAFayIEJAAgACgCACAAQgA3AwBBAXEEQCAEIABBCGpByAL8CgAAQQRBIBDqAiIAQQE6ABwgAEKCgICAEDcCAEEIQaAFEOoCIgMgBEGQBfwKAAAgA0EAOgCYBSADIAI2ApQFIAMgATYCkAUgAEEANgIIIAAgAEEIajYCGCAAQcDIwAA2AhQgAEGUpsAANgIQIAAgAzYCDBCXASAAEIkBIARBkAVqJAAPC0GkpsAAQTEQuAMAC/IBAgN/AX4gACAAKAI4IAJqNgI4AkACQCAAKAI8IgRFBEAMAQsgAUEAQQggBGsiAyACIAIgA0sbEKsBIQYgACAAKQMwIAYgBEEDdK2GhCIGNwMwIAIgA08EQCAAIAApAxggBoU3AxggABC6ASAAQQA2AjwgACAAKQMAIAApAzCFNwMADAELIAIgBGohAQwBCyACIANrIgRBeHEhBQNAIAMgBU9FBEAgACABIANqKQAAIgYgACkDGIU3AxggABC6ASAAIAYgACkDAIU3AwAgA0EIaiEDDAELCyAAIAEgAyAEQQdxIgEQqwE3AzALIAAgATYCPAvuAQELfyMAQRBrIgQkAAJAIAEoAhAiBSABKAIIIglLDQAgAUEUaiIKIAEtABgiA2pBAWshCyABKAIEIQcgASgCDCECIANBBUkhDAJAAkADQCACIAVLDQMgBEEIaiALLQAAIAIgB2ogBSACaxChASAEKAIIQQFHDQEgASACIAQoAgxqQQFqIgI2AgwgAiADSQ0AIAIgA2shCCACIAlLDQAgDEUNAiAHIAhqIAogAxDrAQ0ACyAAIAI2AgggACAINgIEQQEhBgwCCyABIAU2AgwMAQtBACADQQRBmMnAABBlAAsgACAGNgIAIARBEGokAAvgAQECfyMAQRBrIgMkACAAKAIAIQACfwJAIAEoAggiAkGAgIAQcUUEQCACQYCAgCBxDQEgACABEGoMAgsgACgCACECQQkhAANAIAAgA2pBBmogAkEPcS0A/+RAOgAAIABBAWshACACQQR2IgINAAsgAUEBQdDFwABBAiAAIANqQQdqQQkgAGsQSAwBCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQDSxUA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBICyADQRBqJAAL9wEBAn8jAEEwayIDJAACQAJAAkAgAkEBa0H+AEsNACADIAI2AiQgA0EANgIgIAMgAjYCHCADIAE2AhggA0EBOgAsIANBLzYCFCADQS82AiggA0EIaiADQRRqEHcgAygCCEUNACADKAIMRQ0AIAIgAygCEEYNAANAIAJFDQIgAS0AACIEQTBrQf8BcUEKSSAEQV9xQcEAa0H/AXFBGklyRQRAIAMgBEH/0MAAQQQQoQEgAygCAEEBRw0CCyABQQFqIQEgAkEBayECDAALAAsgAEEmNgIIIABB2dDAADYCBCAAQQM6AAAMAQsgAEELOgAACyADQTBqJAAL9gECAn8CfiMAQRBrIgQkAAJAAkACQAJAAkACQAJAIAEoAhQiBSABKAIQSQRAIAEoAgwgBWotAAAiBUEuRg0BIAVBxQBGIAVB5QBGcg0CCyACRQ0CQgEhBgwFCyAEIAEgAiADQQAQYCAEKAIADQIMAwsgBCABIAIgA0EAEFIgBCgCAEUNAiAAIAQoAgQ2AgggAEIDNwMADAQLQgAgA30iB0IAUwRAQgIhBiAHIQMMAwsgA7q9QoCAgICAgICAgH+EIQMMAgsgACAEKAIENgIIIABCAzcDAAwCCyAEKQMIIQMLIAAgAzcDCCAAIAY3AwALIARBEGokAAvZAQECfyMAQRBrIgMkAAJ/AkAgASgCCCICQYCAgBBxRQRAIAJBgICAIHENASAAIAEQagwCCyAAKAIAIQJBCSEAA0AgACADakEGaiACQQ9xLQD/5EA6AAAgAEEBayEAIAJBBHYiAg0ACyABQQFB0MXAAEECIAAgA2pBB2pBCSAAaxBIDAELIAAoAgAhAkEJIQADQCAAIANqQQZqIAJBD3EtANLFQDoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakEHakEJIABrEEgLIANBEGokAAv+AQECfyMAQYABayIFJAAgBUEMaiIGQQBBzAD8CwAgBSAENgJ8IAUgAzYCeCAFQRg2AnQgBSACNgJwIAVBATYCbCAFQdWawAA2AmggBUEQNgJkIAVB5M/AADYCYCAFQR82AlwgBUH0z8AANgJYIAEgBUHYAGoiAUEFIAZBzAAQPyAAIAUpACQ3ABggACAFKQAcNwAQIAAgBSkAFDcACCAAIAUpAAw3AAAgACAFKQAsNwBAIAAgBSgANDYASCAAIAUpADg3ACAgACAFKQBANwAoIAAgBSkASDcAMCAAIAUpAFA3ADggBSABNgJcIAUgBjYCWCABEKoCIAVBgAFqJAAL0wEBBX9BCiEEIAIhAwJAA0AgA0HnB00EQAJAIANBCUsNAAwDCwUgASAEaiIFQQRrIAMgA0GQzgBuIgNBkM4AbGsiBkH7KGxBE3YiB0EBdC8B+JFBOwAAIAVBAmsgB0Gcf2wgBmpBAXQvAfiRQTsAACAEQQRrIQQMAQsLIAEgBEECayIEaiADIANB+yhsQRN2IgNBnH9sakEBdC8B+JFBOwAAC0EAIAIgAxtFBEAgASAEQQFrIgRqIANBMHI6AAALIABBCiAEazYCBCAAIAEgBGo2AgAL6gEBB38jAEEgayIBJAAgAUEYahCMAiIFQeegwABBBhCCAyICEPMBIAFBEGogASgCGCABKAIcENMCAkAgASgCEEEBRwRAIAIhAwwBCyABKAIUIQMgAhCaAwJAIAMQuQMNACADELoDDQAgAUEIaiADQe2gwABBBhCCAyIEEPMBIAEgASgCCCABKAIMENMCIAEoAgQhAiABKAIAIAQQmgNBAUcNAAJAIAIQuQMNACACELoDDQAgAiUBEAEiBEEARyEHIAQNAgsgAhCaAwsLIAMQmgMgBRCaAyAAIAI2AgQgACAHNgIAIAFBIGokAAvOAQICfAJ/IwBBEGsiByQAIAO6IQUgAAJ/AkACQAJAA0AgBCAEQR91IghzIAhrIghBtAJNBEAgCEEDdCsDwOVAIQYgBEEATg0CIAUgBqMhBQwECyAFRAAAAAAAAAAAYQ0DIARBAEgEQCAEQbQCaiEEIAVEoMjrhfPM4X+jIQUMAQsLDAELIAUgBqIiBZlEAAAAAAAA8H9iDQELIAdBDjYCBCAAIAEgB0EEahD4ATYCBEEBDAELIAAgBSAFmiACGzkDCEEACzYCACAHQRBqJAALzwEBBH9B+AAgAWsiBEEAIARB+ABNGyEFIAFBAXQgAGpBIGshBEEAIQACQAJAA0AgAEEIRg0BIAAgAWoiA0EQayIGQfcASw0CIAAgBUcEQCAEQSBqIgMgBC8BACADLwEAIgMgAkEPcXYgA0EAIAJrQQ9xdHJBkSJxcyIDQQJ0QcyZA3EgA0EBdEHu3QNxcyADQQN0QYiRAnFzIANzOwEAIABBAWohACAEQQJqIQQMAQsLIANB+ABBpNrAABDlAQALDwsgBkH4AEGU2sAAEOUBAAvWAQEEfyMAQRBrIgQkAAJAQYABIAAtAH8iA2siBSACTQRAIABBgAFqIQYgAwRAIAQgASACIAVBjMrAABCVAiAEKAIMIQIgBCgCCCEBIAQoAgQiBQRAIAAgA2ogBCgCACAF/AoAAAsgBiAAQQEQrAIgAEEAOgB/CyACQQd2IgMEQCAGIAEgAxCsAgsgACACQf8AcSIDOgB/IANFDQEgACABIAJBgP///wdxaiAD/AoAAAwBCyACBEAgACADaiABIAL8CgAACyAAIAIgA2o6AH8LIARBEGokAAvFAQECfyAAQYABTwRAIAFBBBBmIAEoAggiAyABKAIEaiECIAECfyAAQYAQSQRAIAIgAEEGdkHAAXI6AABBAgwBCyAAQf//A00EQCACIABBDHZB4AFyOgAAIAIgAEEGdkE/cUGAAXI6AAFBAwwBCyACIABBEnZB8AFyOgAAIAIgAEEGdkE/cUGAAXI6AAIgAiAAQQx2QT9xQYABcjoAAUEECyIBIANqNgIIIAEgAmpBAWsgAEE/cUGAAXI6AAAPCyABIAAQsQILxAECBH4EfyMAQSBrIgYkACAGIAFBrwJqIgdBHG4iCEEEdCIJKQPAjkEiBSAHIAhBHGxrQQN0KQPYjEEiBBCvASAGQRBqIAkpA7iOQSICIAQQrwEgBikDGCACIAR+IgMgBikDCHwiAiADVK18IgNCAFkEQCADQgGGIAJCP4iEIQMgAkIBhiAEIAV+Qj+IhCECCyAAIAM3AwAgACACIAFBpQJqIgBBA3ZB/P///wFxKAKokUEgAHZBAXGtfTcDCCAGQSBqJAAL0gEBB38jAEEQayICJAAgACgCBCIGIAAoAggiAWohBCAAKAIAIAFrIgVB8P///wdxIQcCQCAFQQR2IgFFDQAgAUEEdCEDIAQhAQNAIANFDQEgAkIANwMIIAJCADcDACABIAIpAwg3AAggASACKQMANwAAIANBEGshAyABQRBqIQEMAAsACyAEIAdqIQMgBUEPcSEBA0AgAQRAIANBADoAACABQQFrIQEgA0EBaiEDDAELCyACIAQ2AgQgAiAGNgIAIAIQqgIgAEEANgIIIAJBEGokAAvSAQEFfyMAQRBrIgQkAAJAIAIoAgBBAUYEQCACKAIEIQMgAigCCCEFAkADQCADRQ0BIARBCGogASADIAUQ1gJBACEDIAQoAggiBkUNAAsgBCgCDCEDIAJBADYCBAwCCyACQgA3AgALAkAgAigCDCIDRQ0AIAIoAhAhBwNAIAMgB0YNASACIANBMGoiBTYCDCAEIAEgAyADQShqKAIAENYCIAUhAyAEKAIAIgZFDQALIAQoAgQhAwwBC0EAIQYLIAAgAzYCBCAAIAY2AgAgBEEQaiQAC9UBAQN/IwBBIGsiAiQAIAJBCGogASgCCCIEIAEoAgAgASgCBCIDQaiDwQAQqQICQCACKAIMQQNNBEAgASADNgIIIAJBBDYCFCAAIAEgAkEUahDuAQwBCyACKAIIIQMgASAEQQRqNgIIIAMtAANBAXQuAez4QCADLQACQQF0LgHs/EAgAy0AAUEBdC8B7PhAIAMtAABBAXQvAez8QHLBQQh0cnIiA0EASARAIAJBDDYCFCAAIAEgAkEUahDuAQwBCyAAQQA7AQAgACADOwECCyACQSBqJAAL4AECA38BfiMAQSBrIgMkACADQQhqIABB6JrAABC5AgJAIAMoAggiACgCAARAIAAoAgxBAkcNASADKAIMIQQgACkCACEGIABBADYCACADIAAoAgg2AhggAyAGNwMQIANBEGoQ7AIgACgCDCAAQRBqIgUoAgAQmwMgBSACNgIAIAAgATYCDCAAKAIUIQEgAEEANgIUIAAoAhghACAEIAQoAgBBAWo2AgAgAQRAIAAgASgCBBECAAsgA0EgaiQADwtB+JrAAEHBAEGYm8AAEIsCAAtBqJvAAEE7QcibwAAQiwIAC90BAgN/AX4jAEEQayIDJAACQAJAAkBBASABKAIAIgJBAmsgAkEBTRtBAWsOAgIBAAsgASkCACEFIAFBBDYCACAFQiCIpyECIAWnIgRBAkYEQCADQQhqIAIRAgAgAygCCCECIAEgAygCDDYCBCABIAI2AgAgAkECSQ0CQbbHwABBKEHgx8AAEPkCAAsgBEEBTQRAIAQgAhCkAwtBtsfAAEEoQfDHwAAQ+QIACxCwAwALIAJBAUcEf0EABSABKAIEEMsCIQFBAQshAiAAIAE2AgQgACACNgIAIANBEGokAAu9AwIJfwFvIwBBEGsiBiQAIAZBCGpB9JPBACgCACIHQQhqQYDJwAAQuQIgBigCDCEIIAYoAggiASgCDCIDIAEoAgAiAkYEQCABKAIAIQMjAEEQayICJAAgAkEIaiABIAEoAgBBAUEEEJUBIAIoAggiBEGBgICAeEcEQCACKAIMGiAEEPICAAsgAkEQaiQAAkAgASgCCCIEIAMgASgCDCIFa00NACADIARrIgIgBSACayIFSyABKAIAIgkgA2sgBU9xRQRAIAkgAmshAyACQQJ0IgIEQCABKAIEIgUgA0ECdGogBSAEQQJ0aiAC/AoAAAsgASADNgIIDAELIAVBAnQiAkUNACABKAIEIgQgA0ECdGogBCAC/AoAAAsgASgCACECIAEoAgwhAwsgASADQQFqNgIMIAEoAgQgASgCCCADaiIBIAJBACABIAJPG2tBAnRqIAA2AgAgCCAIKAIAQQFqNgIAIActABwhACAHQQE6ABwCQCAADQBBgJTBAC0AAEUEQEH4k8EAKAIAJQFB/JPBACgCACUBECQhChBhIgAgCiYBIAAQmgMMAQtB/JPBACgCACUBECULIAZBEGokAAvPAQEFf0EEIQcjAEEQayIFJAACQAJAAkAgASgCACIEIAJPBEACfyAERQRAIAVBDGohBkEADAELIAVBBDYCDCABKAIEIQggBUEIaiEGIAMgBGwLIQQgBiAENgIAIAUoAgwiBEUNAiAFKAIIIQYgAkUEQCAIIAYQhQMMAgsgCCAGIAQgAiADbCIDED0iBw0BDAMLQZOMwQBByQBBuIzBABCLAgALIAEgAjYCACABIAc2AgQLQYGAgIB4IQQLIAAgAzYCBCAAIAQ2AgAgBUEQaiQAC/IBAgZ/AW8jAEEQayIDJABBBEEoEOoCIgJBADYCICACQQI2AhggAkIANwIIIAJCgoCAgBA3AgBBBEEEEOoCIgEgAjYCACABQfycwAAQgQMhBCACIAIoAgBBAWoiATYCACABRQRAAAtBBEEEEOoCIgEgAjYCACABQeicwAAQgQMiBiEBIAAlASAEJQEgASUBEAAhBxBhIgEgByYBIAEQmgMgA0EIaiACQQhqQdiawAAQuQIgAygCDCEFIAMoAggiARDsAiABIAY2AgggASAENgIEIAFBATYCACAFIAUoAgBBAWo2AgAgABCaAyADQRBqJAAgAgu6AQAgACABQrvxtjR+QiiIQvCx//8PfiABfCIBQvsofkITiEL/gICA8A+DQpz/A34gAXwiAULnAH5CCohCj4C8gPCBwAeDQvYBfiABfCIBQjiGIAFCgP4Dg0IohoQgAUKAgPwHg0IYhiABQoCAgPgPg0IIhoSEIAFCCIhCgICA+A+DIAFCGIhCgID8B4OEIAFCKIhCgP4DgyABQjiIhISEIgE3AwAgAEHGACABQgGGQgGEeadrQQN2NgIIC8UBAQR/IwBBIGsiACQAIABBGGpB1JPBABCIAUEBIQICfyAAKAIYQQFGBEAgACgCHAwBCyAAQRBqQeSTwQAQiAEgACgCECECIAAoAhQLIQFBASEDIAJBAUcEQCAAQQhqQcyTwQAQiAEgACgCCCEDIAAoAgwhAQtBASECIANBAUcEQCAAQdyTwQAQiAEgACgCACECIAAoAgQhAQtBgAghAwJAIAJBAUcNACABELkDRQRAIAEhAwwBCyABEJoDCyAAQSBqJAAgAwvGAQEBfyMAQRBrIgskACAAKAIAIAEgAiAAKAIEKAIMEQAAIQEgC0EAOgANIAsgAToADCALIAA2AgggC0EIaiADIAQgBSAGEGcgByAIIAkgChBnIQEgCy0ADSICIAstAAwiA3IhAAJAIANBAXEgAkEBR3INACABKAIAIgAtAApBgAFxRQRAIAAoAgBB8LTAAEECIAAoAgQoAgwRAAAhAAwBCyAAKAIAQYTKwABBASAAKAIEKAIMEQAAIQALIAtBEGokACAAQQFxC54BAQJ/IwBBIGsiASQAIAFBDGogABCnAQJ/IAEtAAxBAUYEQCABKAIQDAELIAEtAA1BAUYEQAJAIAEtAA4iAkH9AEcEQCACQSxGDQEgAUEWNgIUIAAgAUEUahDRAQwDCyAAIAAoAhRBAWo2AhRBAAwCCyABQRU2AhQgACABQRRqENEBDAELIAFBAzYCFCAAIAFBFGoQ0QELIAFBIGokAAu3AQIDfwFvIwBB4AJrIgUkACAAIAAoAgBBAWoiBjYCACAGBEAgBUEIaiACQQFBARDiASAFKAIMIQYgBSgCCCEHIAIEQCAGIAEgAvwKAAALIAUgBDoA2QIgBUEAOgDYAiAFIAI2AtQCIAUgBjYC0AIgBSAHNgLMAiAFIAA2AsgCIAUgAzYCwAIgBUIBNwMQIAVBEGoiAEHwpcAAEAIhCBBhIgEgCCYBIAAQ+AIgBUHgAmokACABDwsAC7QBAQV/IwBBEGsiAyQAIANBCGogAUEIakHYpsAAELkCIAMoAggiASgCDCEEIAMoAgwhBSABQQI2AgwCQCAEQQJHBEAgASgCECEBDAELIAMgAigCBCACKAIAKAIAEQMAIAMoAgQhAiADKAIAIQYgASgCFCIHBEAgASgCGCAHKAIMEQIACyABIAI2AhggASAGNgIUCyAFIAUoAgBBAWo2AgAgACABNgIEIAAgBDYCACADQRBqJAALjAEBA38jAEEQayIDJABBAyECIABB/wFxIgRBCk8EQEEBIQIgAyAAIARB5ABuIgBB5ABsa0H/AXFBAXQvAfiRQTsADgtBACAEIABB/wFxIgAbRQRAIAJBAWsiAiADQQ1qaiAAQQF0LQD5kUE6AAALIAFBAUEBQQAgA0ENaiACakEDIAJrEEggA0EQaiQAC6IBAQN/IABBgAFPBEAgAEE/cUGAf3IhAyAAQQZ2IQIgAEGAEEkEQCABIAM6AAEgASACQcABcjoAAA8LIABBDHYhBCACQT9xQYB/ciECIABB//8DTQRAIAEgAzoAAiABIAI6AAEgASAEQeABcjoAAA8LIAEgAzoAAyABIAI6AAIgASAEQT9xQYB/cjoAASABIABBEnZBcHI6AAAPCyABIAA6AAALoAECAX8BfiMAQRBrIgUkACAAAn8CQAJAAkAgBK0gAa1+IgZCIIinDQAgBqciBEGAgICAeCADa0sNACAEDQEgACADNgIIIABBADYCBEEADAMLIABBADYCBAwBCyAFQQhqIAMgBCACEN0BIAUoAggiAgRAIAAgAjYCCCAAIAE2AgRBAAwCCyAAIAQ2AgggACADNgIEC0EBCzYCACAFQRBqJAALmgEBAX8jAEEQayIFJAACf0EAIAMgAiADaiICSw0AGiAFQQRqIAEoAgAiAyABKAIEQQQgAiADQQF0IgMgAiADSxsiAiACQQRNGyIDIAQQbyAFKAIEQQFGBEAgBSgCDCECIAUoAggMAQsgBSgCCCECIAEgAzYCACABIAI2AgRBgYCAgHgLIQMgACACNgIEIAAgAzYCACAFQRBqJAALmgEBAX8jAEEQayICJAAgAkEIaiABEKcBIAACfwJAIAItAAhBAUYEQCACKAIMIQEMAQsCQCACLQAJQQFGBEAgAi0ACkHuAEYNAQsgAiABEFEgAigCACAAIAIoAgQ2AgRBAWoMAgsgASABKAIUQQFqNgIUIAFB2MnAAEEDEJoBIgENAEEADAELIAAgATYCBEECCzYCACACQRBqJAAL8gECAn8BfiMAQRBrIgAkAAJAAkACQEEBQYCUwQAtAAAiAUECayABQQFNG0H/AXFBAWsOAgIBAAtB/JPBACkCACECQYCUwQBBBDoAACAAIAI3AwggAEH0k8EAKQIANwMAIAAtAAxBAkYEQCAAIAAoAgARAgBB/JPBACAAKQIINwIAQfSTwQAgACkCADcCAEGAlMEALQAAQQJJDQJBtsfAAEEoQeDHwAAQ+QIACyAALQAMQQFNBEAgACgCABDnAiAAKAIEEJoDIAAoAggiABDJAyAAEJoDC0G2x8AAQShB8MfAABD5AgALELADAAsgAEEQaiQAC6UBAQR/IwBBEGsiAyQAIANBADYCDCADQoCAgIAQNwIEIANBBGpBIBBmQYCAxAAhAgNAAkACQCACQYCAxABHBEBBgIDEACEFDAELIARBEEYNASABIARqIARBAWohBC0AACICQQ9xLQD/5EAhBSACQQR2LQD/5EAhAgsgA0EEaiACENkBIAUhAgwBCwsgACADKAIMNgIIIAAgAykCBDcCACADQRBqJAALkgEBAn8jAEEQayIGJAAgBkEEaiIHIAIgBWpBIGoQmwIgB0HwmcAAQQ4QlgIgByABIAIQlgIgBigCDCIBIAYoAgRGBEAgBxC/AQsgBigCCCABakEAOgAAIAYgAUEBajYCDCAGQQRqIgEgA0EQEJYCIAEgBCAFEJYCIAAgBigCDDYCCCAAIAYpAgQ3AgAgBkEQaiQAC4wBAQF/IwBBIGsiAyQAAn8CQAJAA0BBACACRQ0DGiADQQxqIAAQ+wEgAy0ADA0CIAMtAA1BAUcNASADLQAOIAEtAABGBEAgAUEBaiEBIAJBAWshAgwBCwsgA0EJNgIUIAAgA0EUahD4AQwCCyADQQU2AhQgACADQRRqEPgBDAELIAMoAhALIANBIGokAAuNAQEEfyMAQRBrIgMkACADEP4BIAEoAhAiBSABKAIMaiIEQf+B/AdxQQh4IARBGHhB/4H8B3FyIQQDQCACQRBGRQRAIAIgA2ogAkEMRwR/IAEgAmooAgAFIAQLNgAAIAJBBGohAgwBCwsgACADKQAINwAIIAAgAykAADcAACABIAVBAWo2AhAgA0EQaiQAC5ABAQN/IwBBIGsiBCQAIARBFGogAiADEEIgAAJ/IAQoAhRBAUYEQCAEKAIYIQYgBEEIaiABEIICIAQoAgwhBSAEKAIIIQEQmgIiAiABNgIMIAJBDzYCACACIAUgBiADa2oiA0EAIAMgBU0bNgIQQQAMAQsgBCgCHCECIAQoAhgLNgIAIAAgAjYCBCAEQSBqJAALoQEBA38jAEEQayIBJAACfyAALQAAIgJBAksEQEHencAAIQJBCQwBCyACQQJ0IgMoAqinQCECIAMoApynQAshAyABQQA2AgggAUKAgICAEDcCACAAIAFB0KTAABBOBEBB+NrAAEE3IAFBD2pB6KTAAEGw28AAEM8BAAsgASgCACACIAMgASgCBCICIAEoAggQ2gEhAyACEKgDIAFBEGokACADC40BAQR/IwBBEGsiAiQAAn9BASABKAIAIgNBJyABKAIEIgUoAhAiAREBAA0AGiACIAAoAgBBgQIQOQJAIAItAA0iAEGBAU8EQCADIAIoAgAgAREBAEUNAUEBDAILIAMgAiACLQAMIgRqIAAgBGsgBSgCDBEAAEUNAEEBDAELIANBJyABEQEACyACQRBqJAALjgEBAX8jAEEQayIFJAACQCAAIAEgAhC5ASICDQAgBUEIaiIBIAAoAgAiACgCABCcAyABEN0CIgINACAAKAIAIQACfyADQQFGBEAgBCAAEPcBDAELIABB6PjAAEEEEJYCIAVBBDoACCAFQQhqEN0CCyICDQAgBUEEOgAIIAVBCGoQ3QIhAgsgBUEQaiQAIAILhgEBA38jAEEQayIDJAAgAiABIAJqIgFLBEBBABDyAgALIANBBGogACgCACICIAAoAgRBCCABIAJBAXQiAiABIAJLGyIBIAFBCE0bIgEQtAEgAygCBEEBRgRAIAMoAgggAygCDCEFEPICAAsgAygCCCECIAAgATYCACAAIAI2AgQgA0EQaiQAC54DAQd/IwBBEGsiCCQAAkAgA0EHTQRAIAFB/wFxIQVBACEBA0AgASADRgRAIAMhAQwDCyAFIAEgAmotAABGBEBBASEEDAMFIAFBAWohAQwBCwALAAsgCEEIaiEJAkACQAJAIAIgAkEDakF8cSIERwRAIAQgAmshBUEAIQQgAUH/AXEhB0EBIQYDQCACIARqLQAAIAdGDQQgBSAEQQFqIgRHDQALIAUgA0EIayIGSw0CDAELIANBCGshBgsgAUH/AXFBgYKECGwhBANAQYCChAggAiAFaiIHKAIAIARzIgprIApyQYCChAggB0EEaigCACAEcyIHayAHcnFBgIGChHhxQYCBgoR4Rw0BIAVBCGoiBSAGTQ0ACwsCQCADIAVGDQAgAyAFayEDIAIgBWohAkEAIQQgAUH/AXEhAQNAIAEgAiAEai0AAEcEQCAEQQFqIgQgA0cNAQwCCwsgBCAFaiEEQQEhBgwBC0EAIQYLIAkgBDYCBCAJIAY2AgAgCCgCDCEBIAgoAgghBAsgACAENgIAIAAgATYCBCAIQRBqJAALfgEBfyMAQSBrIgEkACABQQxqIAAQpwECfyABLQAMQQFGBEAgASgCEAwBCyABLQANQQFGBEAgAS0ADkE6RgRAIAAgACgCFEEBajYCFEEADAILIAFBBjYCFCAAIAFBFGoQ0QEMAQsgAUEDNgIUIAAgAUEUahDRAQsgAUEgaiQAC4IBAgF/AX4CQAJAIAGtIAOtfiIFQiCIpw0AIAIgBaciAWpBAWsiBCABSQ0AIANBCGoiAyAEQQAgAmtxIgRqIgEgA0kNAUGAgICAeCACayABTwRAIAAgBDYCCCAAIAE2AgQgACACNgIADwsgAEEANgIADwsgAEEANgIADwsgAEEANgIAC54BAQF/IwBBEGsiAiQAIAJBBGogARBbAkAgAi0ABEEBRgRAIAAgAigCCDYCBCAAQYGAgIB4NgIADAELIAItAAVFBEAgAEGAgICAeDYCAAwBCyACQQRqIAEoAgAQbiACKAIEQYCAgIB4RwRAIAAgAigCDDYCCCAAIAIpAgQ3AgAMAQsgACACKAIINgIEIABBgYCAgHg2AgALIAJBEGokAAuOAQEBfyMAQRBrIgIkACACQQhqIAEQWwJAIAItAAhBAUYEQCAAIAIoAgw2AgQgAEEDNgIADAELIAItAAlFBEAgAEECNgIADAELIAJBCGogASgCABCWASACKAIIIgFBAkcEQCAAIAIoAgw2AgQgACABNgIADAELIAAgAigCDDYCBCAAQQM2AgALIAJBEGokAAt9AAJAIAMgBEsNAAJAIANFDQAgAiADTQRAIAIgA0cNAgwBCyABIANqLAAAQb9/TA0BCwJAIARFDQAgAiAETQRAIAIgBEYNAQwCCyABIARqLAAAQb9/TA0BCyAAIAQgA2s2AgQgACABIANqNgIADwsgASACIAMgBCAFEJ8DAAt/AQZ/IAEoAhQiAiABKAIQIgMgAiADSxshBSABKAIMIQYDQCACIANJBEAgAiAGai0AACEECwJAIAIgBUYNACAEQQlrIgdBF0tBASAHdEGTgIAEcUVyDQAgASACQQFqIgI2AhQMAQsLIAAgBDoAAiAAQQA6AAAgACACIANJOgABC40BAQJ/AkAgAQRAIAEoAgAiAkH/////B08EQCAAQc8ANgIIIABBl5zAADYCBCAAQQA2AgAPCyABIAJBAWo2AgAgAUEIayICIAIoAgBBAWoiAzYCACADRQ0BIAAgAjYCCCAAIAE2AgQgACABQQRqNgIADwsgAEEbNgIIIABB+IvBADYCBCAAQQA2AgAPCwALigEBAX8jAEEQayICJAAgAkEIaiABEFsCQCACLQAIQQFGBEAgACACKAIMNgIEIABBAjYCAAwBCyACLQAJRQRAIABBADYCAAwBCyACIAEoAgAQUSACKAIEIQEgAigCAEEBcUUEQCAAIAE2AgQgAEEBNgIADAELIABBAjYCACAAIAE2AgQLIAJBEGokAAuWAQECfyMAQTBrIgIkACACQQhqIAEQWwJAIAItAAhBAUYEQCAAQYGAgIB4NgIYIAAgAigCDDYCAAwBCyACLQAJRQRAIABBgICAgHg2AhgMAQsgAkEIaiIDIAEoAgAQNyACKAIgQYCAgIB4RwRAIAAgA0Eo/AoAAAwBCyAAQYGAgIB4NgIYIAAgAigCCDYCAAsgAkEwaiQAC3ACAX8BfkEEIQMCfiACQQRJBEBBACEDQgAMAQsgACABajUAAAshBCACIANBAXJLBEAgACABaiADajMAACADQQN0rYYgBIQhBCADQQJyIQMLIAIgA0sEfiAAIAEgA2pqMQAAIANBA3SthiAEhAUgBAsLkAEBA38jAEEQayEBQSAhAgNAIAJBkAJGRQRAIAFCADcDACAAIAJqIgMgASkDADcAACABQgA3AwggAyABKQMINwAIIAJBEGohAgwBCwsgAUIANwMAIAAgASkDADcAACABQgA3AwggACABKQMINwAIIAFCADcDACAAIAEpAwA3ABAgAUIANwMIIAAgASkDCDcAGAuGAQEBfwJAIAFBwQBrQf8BcUEGTwRAIAFB4QBrQf8BcUEGSQ0BIAFBMGsiA0H/AXFBCk8EQCAAIAI2AgQgACABQf8BcTYCAA8LIABBgoDEADYCACAAIAM6AAQPCyAAQYKAxAA2AgAgACABQTdrOgAEDwsgAEGCgMQANgIAIAAgAUHXAGs6AAQLfwECfyABQQ9qIQIgACABQQF0aiEAQRAhAQJAAkADQCABRQ0BIAJBCGsiA0H3AEsNAiACQfgASQRAIAAgAWoiA0EOaiADQQJrLwEAOwEAIAFBAmshASACQQFrIQIMAQsLIAJB+ABBhNrAABDlAQALDwsgA0H4AEH02cAAEOUBAAtiAQR+IAAgAkL/////D4MiAyABQv////8PgyIEfiIFIAQgAkIgiCICfiIEIAMgAUIgiCIGfnwiAUIghnwiAzcDACAAIAMgBVStIAIgBn4gASAEVK1CIIYgAUIgiIR8fDcDCAsDAAALkAECAn8BfiMAQcAHayIDJAADQCACQcAHRkUEQCACIANqIAEzAQAiBEKAoICAgAJ+IARCgYCACH6EQo+AvIDwgcAHgyIEQogEfkKQoMCAgYKEiBCDIARCwQB+QoGChIiQoMCAAYOEQg9+NwMAIAJBCGohAiABQQJqIQEMAQsLIAAgA0HAB/wKAAAgA0HAB2okAAt1AQJ/IAEgAqdxIQNBCCEEA38gACADaikAAEKAgYKEiJCgwIB/gyICUAR/IAMgBGogAXEhAyAEQQhqIQQMAQUgACADIAJ6p0EDdmogAXEiA2osAABBAE4EfyAAKQMAQoCBgoSIkKDAgH+DeqdBA3YFIAMLCwsLeQECfyMAQRBrIgMkAAJAAkAgAgRAIANBCGpBASACEPcCIAMoAggiBA0BQQEQ8gIACyAAQQA2AgggAEKAgICAEDcCAAwBCyAAQQA2AgggACAENgIEIAAgAjYCACACBEAgBCABIAL8CgAACyAAIAI2AggLIANBEGokAAtjAQF/An8gA0EASARAQQEhAUEEDAELAn8CfyABBEAgAiABQQEgAxA9DAELIAMQLwsiBEUEQCAAQQE2AgRBAQwBCyAAIAQ2AgRBAAshASADIQRBCAsgAGogBDYCACAAIAE2AgALpgECBH8Bb0EgEPQCIgFCADcCFCABQoCAgIDAADcCDCABQgE3AgQgAUEAOgAcEIwCIgIlARAbIQUQYSIDIAUmASADJQEQHCEEIAMQmgMgAhCaA0GACCUBEB0hBRBhIgMgBSYBIAFBAjYCAEEEEPQCIgIgATYCACACQfDGwAAQgQMhAiAAIARBAEc6AAwgACACNgIIIAAgAzYCBCAAIAE2AgBBgAgQmgMLAwAAC3wBBn8CQAJAAkAgACgCAA4CAAECCyAAKAIIIgFFDQEgACgCBCABEIUDDAELIAAtAARBA0cNACAAKAIIIgEoAgQiAygCACICBEAgASgCACACEQIACyADKAIEIgIEQCABKAIAIAMoAgghBiACEIUDCyABQQwQ0AELIAAQwQMLegEFfwJAAkACQCAAKAIADgIAAQILIAAoAgQgAEEIaigCABCFAwwBCyAALQAEQQNHDQAgACgCCCIBKAIEIgMoAgAiAgRAIAEoAgAgAhECAAsgAygCBCICBEAgASgCACADKAIIIQUgAhDQAQsgAUEMENABCyAAQRQQ0AELdAEEfyMAQRBrIgMkACAAKAIAIQUgAC0ABEEBRwRAIAUoAgBBh8rAAEEBEJYCCyADQQQ6AAgCQCADQQhqIgYQ3QIiBA0AIABBAjoABCAFKAIAIAEgAhCmAiIEDQAgA0EEOgAIIAYQ3QIhBAsgA0EQaiQAIAQLZgEFfiAAIAApAxgiAUIQiSABIAApAwh8IgGFIgIgACkDECIDIAApAwB8IgRCIIl8IgU3AwAgACACQhWJIAWFNwMYIAAgASADQg2JIASFIgJ8IgEgAkIRiYU3AxAgACABQiCJNwMIC4QBAgJ/AW8jAEEQayIEJAAQoQMiBSUBIAIgAxAEIAElASAFJQEQBSEGEGEiASAGJgEgASEDIARBCGoQxgJBACECIAQoAghBAUYEQCAEKAIMQZShwABBB0GmpMAAQSMQ2gEhAxCaA0EBIQILIAUQmgMgACADNgIEIAAgAjYCACAEQRBqJAALXgECfyAAAn8gAULIAFoEQCABp0E4ayICIAJBkIABbiICQZCAAWxrIgNBEEkEQCAAQQA6AARBAQwCCyAAIAOtIAJBDnStfEIQfTcDCEEADAELIABBADoABEEBCzYCAAt9AwF/AX4BfCMAQRBrIgMkAAJAAkACQAJAIAAoAgBBAWsOAgECAAsgACsDCCEFIANBAzoAACADIAU5AwgMAgsgACkDCCEEIANBAToAACADIAQ3AwgMAQsgACkDCCEEIANBAjoAACADIAQ3AwgLIAMgASACEMsBIANBEGokAAt7AQJ/IwBBEGsiAyQAQbCUwQBBsJTBACgCACIEQQFqNgIAAkAgBEEASA0AAkBBlJTBAC0AAEUEQEGQlMEAQZCUwQAoAgBBAWo2AgBBrJTBACgCAEEATg0BDAILIANBCGogACABEQMAAAtBlJTBAEEAOgAAIAJFDQAACwALaQEFfyMAQRBrIgEkACABQQRqIAAoAgAiAiAAKAIEQQggAkEBdCICIAJBCE0bIgIQtAEgASgCBEEBRgRAIAEoAgggASgCDCEFEPICAAsgASgCCCEDIAAgAjYCACAAIAM2AgQgAUEQaiQAC14BAX8jAEEQayIEJAACfyAARQRAQQAhACAEQQxqDAELIAQgAjYCDCAAIANsIQAgBEEIagsgADYCAAJAIAQoAgwiAEUNACAEKAIIIgJFDQAgASACENABCyAEQRBqJAALZAEBfyMAQRBrIgMkACABBEAgA0EIaiABIAIoAhARAwAgAygCDCEBIAAgAygCCCICNgIIIAAgAUEAIAJBAXEiAhs2AgQgAEEAIAEgAhs2AgAgA0EQaiQADwtBhMfAAEEyELgDAAtXAQJ/A0AgAkEQRkUEQCAAIAJqIgEgAS8BACIBIAEgAUECdnNBoCZxIgFBAnRzIAFzIgEgASABQQF2c0HQoAFxIgFBAXRzIAFzOwEAIAJBAmohAgwBCwsLAwAAC2kBAX8jAEEQayIEJAAgBCACQRAQxwEgBCADQRh4Qf+B/AdxIANB/4H8B3FBCHhyNgIMIAQgBEEMakEEEJYCIABBvMrAAEEGIAEgBCgCBCIAIAQoAggQmQEgBCgCACAAEKgDIARBEGokAAthAQJ/IwBBEGsiBCQAAkAgACABQQQQuQEiAQ0AIARBCGoiBSAAKAIAIgAoAgAQtgMgBRDdAiIBDQAgACgCACACIAMQpgIiAQ0AIARBBDoACCAFEN0CIQELIARBEGokACABC2EBAX8jAEEQayIFJAACQCAAIAEgAhC5ASICDQAgBUEIaiIBIAAoAgAiACgCABCcAyABEN0CIgINACAAKAIAIAMgBBCmAiICDQAgBUEEOgAIIAEQ3QIhAgsgBUEQaiQAIAILYAEDfyMAQRBrIgMkACADQQhqIAJBAUEBEOIBIAMoAgghBSADKAIMIQQgAEEANgIIIAAgBDYCBCAAIAU2AgAgAgRAIAIEQCAEIAEgAvwKAAALIAAgAjYCCAsgA0EQaiQACwMAAAsDAAALAwAACxAAIAAgASACQayFwAAQzAMLEAAgACABIAJBjYXAABDMAwtYAQJ/IwBBEGsiBCQAAn8gAEUEQEEAIQAgBEEMagwBCyAEIAI2AgwgACADbCEAIARBCGoLIAA2AgAgBCgCDCIABEAgBCgCCCEFIAEgBRCFAwsgBEEQaiQAC18BBH8gASgCACIDIAEoAggiAksEQCABKAIEIQQCQCACRQRAQQEhBSAEIAMQhQMMAQsgBCADQQEgAhA9IgUNAEEBEPICAAsgASAFNgIECyAAIAI2AgQgACABKAIENgIAC1wBAX8jAEEgayIFJAAgBSABNgIEIAUgADYCACAFIAM2AgwgBSACNgIIIAUgBUEIaq1CgICAgKABhDcDGCAFIAWtQoCAgICwAYQ3AxBBlofAACAFQRBqIAQQiwIAC10BAn8CQCAAQQRrKAIAIgJBeHEiA0EEQQggAkEDcSICGyABak8EQCACQQAgAyABQSdqSxsNASAAEEEPC0H4isEAQS5BqIvBABD5AgALQbiLwQBBLkHoi8EAEPkCAAtiAgJ/AX4jAEEQayICJAAgAkEIaiAAKAIMIAAoAhAiAyAAKAIUQQFqIgAgAyAAIANJGxBTIAIpAwghBBCaAiIAIAQ3AgwgACABKAIINgIIIAAgASkCADcCACACQRBqJAAgAAtdAQF/IwBBEGsiBCQAIAEEQCAEQQhqIAEgAyACKAIQEQQAIAQoAgwhASAAIAQoAggiAjYCBCAAIAFBACACQQFxGzYCACAEQRBqJAAPCyADEJoDQYTHwABBMhC4AwALagEBfwJAAkACQAJAAkACQCAALQAUQQFrDgMBAgEACyAAQQhqKAIAQf////8HTw0DIAAoAgwNAgsPCyAAQQM6ABQPCyAAIAAoAgBBAWoiATYCACABRQ0BIABBAToAFAALQbDIwAAQsAILAAtbAQN/IwBBEGsiAiQAIAIQgwIDQCADQRBGRQRAIAIgA2oiBCABKQAINwAIIAQgASkAADcAACADQRBqIQMMAQsLIAAgAikACDcACCAAIAIpAAA3AAAgAkEQaiQAC1IBAn8gACgCCCECIAACf0EBIAFBgAFJDQAaQQIgAUGAEEkNABpBA0EEIAFBgIAESRsLIgMQZiABIAAoAgQgACgCCGoQkwEgACACIANqNgIIQQALcAEBfwJAIABBhAhPBEAgANBvJgFBiJjBACgCAA0BIABBmJjBACgCACIBSQ0BIAAgAWsiAEGQmMEAKAIATw0BQYiUwQAoAgAgAEECdGpBlJjBACgCADYCAEGUmMEAIAA2AgBBiJjBAEEANgIACw8LAAtaAQF/IwBBEGsiAiQAIAACfyABKAIAQYCAgIB4RgRAIAEoAgQhAUEBDAELIAJBCGogARCEAiACKAIIIQEgACACKAIMNgIIQQALNgIAIAAgATYCBCACQRBqJAALXAEBfyMAQSBrIgQkACAEIAE2AgQgBCAANgIAIAQgAzYCDCAEIAI2AgggBEERNgIcIARBEjYCFCAEIARBCGo2AhggBCAENgIQQc6EwAAgBEEQahDoASAEQSBqJAALUAECfyAAKAIIIQIgAAJ/QQEgAUGAAUkNABpBAiABQYAQSQ0AGkEDQQQgAUGAgARJGwsiAxBmIAEgACgCBCAAKAIIahCTASAAIAIgA2o2AggLcQICfwFvIwBBEGsiBCQAIAIgAxAGIQYQYSICIAYmASACQcmkwABBBBCCAyEFIAAgARCCAyEAIAIlASAFJQEgACUBEAcaIARBCGoQxgIgBCgCCEEBRgRAIAQoAgwQmgMLIAAQmgMgBRCaAyAEQRBqJAALWwEBfyMAQSBrIgIkACACQYTYwAA2AgwgAiABNgIIIAIgADYCBCACQQ82AhwgAkEQNgIUIAIgAkEIajYCGCACIAJBBGo2AhBB7oTAACACQRBqEOgBIAJBIGokAAtYAQN/IwBB0ABrIgEkAANAIAJBwABGRQRAIAFBQGsQ/gEgASACaiIDIAEpAEg3AAggAyABKQBANwAAIAJBEGohAgwBCwsgACABQcAA/AoAACABQdAAaiQAC1QAAkAgAkUNACADRQRAIAIgARDrAiEBDAELIAIQLyIBRQRAQQAhAQwBCyABQQRrLQAAQQNxRSACRXINACABQQAgAvwLAAsgACACNgIEIAAgATYCAAtOAQF/IwBBIGsiBCQAIAQgAyABEK8BIARBEGogAyACEK8BIAAgBCkDGCIBIAQpAwB8IgI3AwggACAEKQMIIAEgAlatfDcDACAEQSBqJAALbwACQAJAAkACQCAALQDoAUEDaw4CAAEDCyAAKALwARDjAgwBCyAAKAL4ARDjAiAAKAL0ARCaAyAAKALwARCaAwsgACgC5AEQmgMgACgC4AEQmgMgAEGUAWoQrgIgACgCiAEgAEGMAWooAgAQqAMLC1UBAX8CQAJAIAAoAgAgACgCCCIDayACSQRAIAAgAyACEKABIAAoAgghAwwBCyACRQ0BCyACRQ0AIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIIQQALTgACQCADRQ0AAkAgAiADTQRAIAIgA0cNAQwCCyABIANqLAAAQb9/Sg0BCyABIAIgAyACIAQQnwMACyAAIAIgA2s2AgQgACABIANqNgIAC1QBAn8jAEEQayIEJAAgBEEEaiABQQAgAiADEJQBIAQoAgghASAEKAIEQQFGBEAgBCgCDCEFIAEQ8gIACyAAIAQoAgw2AgQgACABNgIAIARBEGokAAtSAQJ/IwBBIGshAQNAIAJBIEZFBEAgASACakEAOgAAIAJBAWohAgwBCwsgACABKQAYNwAYIAAgASkAEDcAECAAIAEpAAg3AAggACABKQAANwAAC0cBA39BASEDA0AgAkEgRkUEQCABIAJqLQAAIAAgAmotAABzIgRBACAEa3LAQQBOEIcDIANxIQMgAkEBaiECDAELCyADEIcDC1EBAX8jAEEgayIDJAAgAyABNgIMIAMgADYCCCADIANBCGqtQoCAgICAAoQ3AxggAyADQQxqrUKAgICAgAKENwMQQZ2DwAAgA0EQaiACEIsCAAtQAQJ/IwBBEGsiAyQAIAAgASACQQR2EGsgAkEPcSIEBEAgAxD+ASADIAQgASACQfD///8HcWogBEGcysAAELoCIAAgA0EBEGsLIANBEGokAAtTAQJ/IwBBEGsiAiQAAkAgASgCCCIDIAEoAgRJBEAgAEEAOgAAIAAgASgCACADai0AADoAAQwBCyACQQQ2AgQgACABIAJBBGoQ7wELIAJBEGokAAtCAQF/IwBBEGsiAiQAAkAgAUEBcQRAIAJBBGogACABQQF2ELMBDAELIAJBBGogACABEFkLIAJBBGoQNiACQRBqJAALQgECfyMAQRBrIgIkACAAIAEQogEiAwR/QQEFIAJBCGogARBRIAIoAgwhAyACKAIICzYCACAAIAM2AgQgAkEQaiQAC00BA38gACgCBCIDQRxqIQEgACgCCCECA0AgAgRAIAFBBGsoAgAgASgCABCoAyACQQFrIQIgAUEwaiEBDAELCyAAKAIAIANBCEEwEM0BC0MBA38CQCACRQ0AA0AgAC0AACIEIAEtAAAiBUYEQCAAQQFqIQAgAUEBaiEBIAJBAWsiAg0BDAILCyAEIAVrIQMLIAML4wEBAn8jAEEQayIDJAAgABDKAyEEIAMgAjYCDCADIAQ2AgggAiAERwRAIwBBEGsiASQAIAEgA0EMajYCDCABIANBCGo2AggjAEEwayIAJAAgAEHQtMAANgIEIAAgAUEIajYCACAAQdC0wAA2AgwgACABQQxqNgIIIABBAjYCFCAAQYy2wAA2AhAgACAAQQhqrUKAgICAoAGENwMoIAAgAK1CgICAgKABhDcDICAAIABBEGqtQoCAgICwAYQ3AxhBgYbAACAAQRhqQYDIwAAQiwIACyABIAIgACUBECIgA0EQaiQAC1MCAX8BfiMAQRBrIgMkACADQQhqIAEQggIgAykDCCEEEJoCIgEgBDcCDCAAIAE2AgQgAEECNgIAIAEgAigCCDYCCCABIAIpAgA3AgAgA0EQaiQAC1MCAX8BfiMAQRBrIgMkACADQQhqIAEQggIgAykDCCEEEJoCIgEgBDcCDCAAIAE2AgQgAEEBOwEAIAEgAigCCDYCCCABIAIpAgA3AgAgA0EQaiQAC1MCAX8BfiMAQRBrIgMkACADQQhqIAEQggIgAykDCCEEEJoCIgEgBDcCDCAAIAE2AgQgAEEBOgAAIAEgAigCCDYCCCABIAIpAgA3AgAgA0EQaiQAC0oBAX8CQAJAIAJFBEBBASEDDAELIAIQLyIDRQ0BIAJFDQAgAyABIAL8CgAACyAAIAI2AgggACADNgIEIAAgAjYCAA8LQQEQ8gIAC0ABAn8DQCACQRBGRQRAIAAgAmoiASABLwEAIgEgASABQQJ2c0Gw4ABxIgFBAnRzIAFzOwEAIAJBAmohAgwBCwsLSgECfyMAQRBrIgIkACABKAIAQYbKwABBARCWAiACQQQ6AAggAEEDQQEgAkEIahDdAiIDGzoABCAAIAMgASADGzYCACACQRBqJAALVAICfwFvIwBBEGsiAyQAIAElASACJQEQIyEFEGEiASAFJgEgA0EIahDGAiADKAIMIQIgACADKAIIQQFxIgQ2AgAgACACIAEgBBs2AgQgA0EQaiQAC08BAn8gACgCBCECIAAoAgAhAwJAIAAoAggiAC0AAEUNACADQczFwABBBCACKAIMEQAARQ0AQQEPCyAAIAFBCkY6AAAgAyABIAIoAhARAQALRAECfyMAQRBrIQMDQCACQRBGRQRAIAIgA2ogASACai0AADoAACACQQFqIQIMAQsLIAAgAykACDcACCAAIAMpAAA3AAALSAEBfyMAQRBrIgIkACACIAAoAgAiAEEEajYCDCABQZeAwABBCUGggMAAQQsgAEEDQauAwABBCSACQQxqQQQQjgEgAkEQaiQAC0ABAX8jAEFAaiICJAAgAkEIaiACQRhqIAAQfSABIAIoAgggAigCDBCWAiACQQQ6ABAgAkEQahDdAiACQUBrJAALSgIBfwF+IwBBEGsiAiQAIAJBCGogAEEMahCCAiACKQMIIQMQmgIiACADNwIMIAAgASgCCDYCCCAAIAEpAgA3AgAgAkEQaiQAIAALXAACQAJAAkAgAC0AwAIOBAECAgACCyAAEN8BIAAoAqwCEJoDIAAoApgCIABBnAJqKAIAEKgDCyAAKAKwAhDmAiAAKAK0AiAAQbgCaigCABCoAyAAKAKoAhCaAwsLOwEBfyMAQRBrIgIkACABQf8BcQR/IABBhMrAAEEBEJYCIAJBBDoACCACQQhqEN0CBUEACyACQRBqJAALRAEDfyAAIAEoAhQiAiABKAIQIgNJBH8gASACQQFqNgIUIAEoAgwgAmotAAAFQQALOgACIABBADoAACAAIAIgA0k6AAELQAEDf0EHIQIDQCACQX9HBEAgAC0AACEDIAAgASACaiIELQAAOgAAIAQgAzoAACAAQQFqIQAgAkEBayECDAELCwtDAQF/IwBBEGsiAiQAIAIgAEEMajYCDCABQYCAwABBDUGNgMAAQQUgAEEBQZKAwABBBSACQQxqQQIQjgEgAkEQaiQACz4BAn8jAEEQayECA0AgAUEQRkUEQCABIAJqQQA6AAAgAUEBaiEBDAELCyAAIAIpAAg3AAggACACKQAANwAACzoBA38DQCACQRBHBEAgACACaiIDKAAAIQQgAyABIAJqIgMoAAA2AAAgAyAENgAAIAJBBGohAgwBCwsLRwIBfwF+IwBBEGsiAiQAIAJBCGogABCCAiACKQMIIQMQmgIiACADNwIMIAAgASgCCDYCCCAAIAEpAgA3AgAgAkEQaiQAIAALOgEBfwJAIAFpQQFHDQAgAUEAIABBgICAgHggAWtNGyICRQ0AIAAEQCAAIAIQ6wIiAUUNAQsgAQ8LAAtCAQF/IwBBEGsiAiQAIAJBCGogASgCACABKAIEIAEoAggQUyACKAIMIQEgACACKAIINgIAIAAgATYCBCACQRBqJAALRAIBfwJ+IwBBIGsiASQAIAFBEGoQ/gEgASABKQAYIgI3AwggASABKQAQIgM3AwAgACACNwAIIAAgAzcAACABQSBqJAALPwEBfyMAQSBrIgIkACACIAEoAgg2AhggAiABKQIANwMQIAJBCGogAkEQahDOASAAIAIpAwg3AwAgAkEgaiQACw0AIAAgASACQQAQ0AMLDQAgACABIAJBARDQAwsOACAAIAFB1JnAABDPAwsOACAAIAFBwJnAABDPAws5AQF/IwBBEGsiASQAIAAtAAAEQCABIABBwQBqNgIMIAEgAEEBajYCCCABQQhqEKoCCyABQRBqJAALNgACQCADaUEBRw0AIANBACABQYCAgIB4IANrTRsiA0UNACAAIAEgAyACED0iAEUNACAADwsAC9wBAgF/AX4jAEEgayIDJAAgAyABNgIQIAMgADYCDCADQQE7ARwgAyACNgIYIAMgA0EMajYCFCMAQRBrIgEkACADQRRqIgApAgAhBCABIAA2AgwgASAENwIEIwBBEGsiACQAIAFBBGoiASgCACICKAIEIgNBAXEEQCACKAIAIQIgACADQQF2NgIEIAAgAjYCACABKAIIIgEtAAghAiABLQAJGiAAQcYAIAIQvgEACyAAQYCAgIB4NgIAIAAgATYCDCABKAIIIgEtAAghAiABLQAJGiAAQccAIAIQvgEAC14BAX8CQAJAAkACQEHsk8EAKAIAQQFrDgICAQALQeyTwQBBAjYCAEHwk8EAQfCTwQAoAgARCAAiADYCAEHsk8EAQQE2AgAMAgsQsAMAC0Hwk8EAKAIAIQALIAAQywIL7wEBAn8gASgCCCICQYCAgBBxRQRAIAAtAAAhACACQYCAgCBxRQRAIAAgARCSAQ8LIwBBEGsiAyQAQQMhAgNAIAIgA2pBDGogAEEPcUHSxcAAai0AADoAACACQQFrIQIgAEEEdkEPcSIADQALIAFBAUHQxcAAQQIgAiADakENakEDIAJrEEggA0EQaiQADwsgAC0AACECIwBBEGsiAyQAQQMhAANAIAAgA2pBDGogAkEPcUH/5MAAai0AADoAACAAQQFrIQAgAkEEdiICDQALIAFBAUHQxcAAQQIgACADakENakEDIABrEEggA0EQaiQACz8BAX8CQCAABEAgAEEIayIAKAIAIQIgABDkAiABRSACQQFHcQ0BDwtB+IvBAEEbELgDAAtB2JvAAEE/ELgDAAs7AQF/IAAtABQhASAAQQE6ABQCQCABRQRAIABBCGsiACAAKAIAQQFqIgE2AgAgAUUNASAAEMcDCw8LAAsyAQF/IAAgAhBmIAAoAgghAyACBEAgACgCBCADaiABIAL8CgAACyAAIAIgA2o2AghBAAs4AQF/IwBBEGsiAyQAIAMgASgCADYCDCADIANBDGoiASACEIUCIAEQhAMgAEEANgIAIANBEGokAAs4AQF/IwBBEGsiAyQAIAMgASgCADYCDCADIANBDGoiASACEIYCIAEQhAMgAEEANgIAIANBEGokAAs2AQJ/IwBBQGohAgNAIAFBwABGRQRAIAEgAmpBADoAACABQQFqIQEMAQsLIAAgAkHAAPwKAAALMQAgASACSyACIARLckUEQCAAIAIgAWs2AgQgACABIANqNgIADwsgASACIAQgBRBlAAs5ACACIANJBEBBwNvAAEETIAQQiwIACyAAIAM2AgQgACABNgIAIAAgAiADazYCDCAAIAEgA2o2AggLMAEBfyAAIAIQZiAAKAIIIQMgAgRAIAAoAgQgA2ogASAC/AoAAAsgACACIANqNgIICzoCAX8BfiMAQRBrIgEkACABQQhqQYABQQFBARDiASABKQMIIQIgAEEANgIIIAAgAjcCACABQRBqJAALOAACQCACQYCAxABGDQAgACACIAEoAhARAQBFDQBBAQ8LIANFBEBBAA8LIAAgAyAEIAEoAgwRAAALNwEBfyMAQRBrIgMkACADIAEoAgAiATYCDCADIANBDGogAhBeIAEQ5wIgAEEANgIAIANBEGokAAsxAQJ/IwBBEGsiACQAIABBCGpBBEEUEPcCIAAoAggiAUUEQBC1AwALIABBEGokACABCzkCAX8BfiMAQRBrIgIkACACQQhqIAFBAUEBEOIBIAIpAwghAyAAQQA2AgggACADNwIAIAJBEGokAAsyAQJ/A0AgAkHAAEZFBEAgACACaiIDIAMpAwAgASACaikDAIU3AwAgAkEIaiECDAELCwsxAQJ/A0AgAkEQRkUEQCAAIAJqIgMgAy8BACABIAJqLwEAczsBACACQQJqIQIMAQsLCykBAX4gAEICWgR+IABCfyAAeUI/hSIBeSABfIYiAUJ/hXwgAYMFIAALCzYAIAAgAC8BAEF/czsBACAAIAAvAQJBf3M7AQIgACAALwEKQX9zOwEKIAAgAC8BDEF/czsBDAs2AQJ/IAEoAgghAyABKAIEIQIgASgCAEEBRwRAIAIgAxCFA0EAIQILIAAgAzYCBCAAIAI2AgALAwAACzMBAX8jAEEQayICJAAgAiABEPUBIAIgAkEIchD8ASAAIAIpAwAgAikDCBA0IAJBEGokAAs1AQJ/AkAgAEUNACABKAIAIgIEQCAAIAIRAgALIAEoAgQiAkUNACABKAIIIQMgACACEIUDCwu3MwISfwN+IwBBEGsiDyQAIwBBwAVrIgYkACAGQcgAaiAAIAEQowMgBkEANgJQIAYgBigCTCILNgJYIAYgBigCSCINNgJUIAZBQGsgAiADEKMDIAZBADYCXCAGIAYoAkQiFTYCZCAGIAYoAkAiDDYCYAJAIAQEQCAGQThqIAQgBRCjAyAGKAI4IQMCQCAGKAI8IgJBgICAgHhGBEAgBkGAgICAeDYCcCAGIAM2AmwgBkGBgICAeDYCaAwBCyAGIAI2AnAgBiADNgJsIAYgAjYCaCACQYGAgIB4Rw0CCyAGQTBqIQIgBkHoAGoiACgCCCEBIAAoAgQhAwJAAkACQCAAKAIAIgBBgICAgHhrDgIBAgALIAAgAxCoAwtBACEDCyACIAE2AgQgAiADNgIAIAYoAjAhAyAGKAI0IQIgBkEoaiAGQdwAahCgAiAGKAIoIQEgBigCLCEAIAZBIGogBkHQAGoQoAIgBigCICIFIAEgBRsiBCADIAQbIgFBASABGyAGKAIkIAAgBRsgAiAEG0EAIAEbELgDAAtBgICAgHghAiAGQYCAgIB4NgJoCwJAIAYCfwJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAIAtBiLKJIk0EQCAGQZACaiANIAsQQCAGQZwCaiEBIAYpApQCIRggBigCkAIiAEGAgICAeEYEQCAGIBg3AsQDIAYgASkCADcCzAMgBiABKAIINgLUAwwOCyAGIAEpAggiGTcDgAUgBiABKQIAIho3A/gEIAYgGjcD0AQgBiAZNwPYBCAGKAKsAiEHIAYgGDcCpAMgBiAANgKgAwJAAkACQAJAAkACQCAHQQRqIgkgC0sEQEEmIQhBys7AACEADAELIAcgC08NBSAHQQFqIgUgC08NBCAHQQJqIgQgC08NAyAHQQNqIgEgC08NAkEwIQhBms7AACEAIAcgDWotAAAgBSANai0AAEEIdHIgBCANai0AAEEQdHIgASANai0AAEEYdHIiAUH/gfwHcUEIeCABQRh4Qf+B/AdxciIEQcihiAJLDQAgBkGQAmoiASAErRC8ASAGKAKQAgRAIAFBBHIQ1AIMAQsgCyAEIAlqIgBBIGpGDQFBzgAhCEHMzcAAIQALIAYgCDYCzAMgBiAANgLIAyAGQQM6AMQDIAZBoANqEPECDBILIAZBnAJqIAkgDWogBBDHASAGQgA3A5AFIAZCADcDiAUgBkIANwOABSAGQgA3A/gEIAZBGGogACANIAtBrM3AABCpAiAGQfgEakEgIAYoAhggBigCHEG8zcAAELoCIAYgBigCqAM2ApgCIAYgBikCoAM3A5ACIAYgBikD+AQ3AsQCIAYgBikDgAU3AswCIAYgBikDiAU3AtQCIAYgBikDkAU3AtwCIAZBqAJqIA0gCxDHASAGIAYpA9gENwK8AiAGIAYpA9AENwK0AiAGQcADaiIFIAZBkAJqIgRB1AD8CgAAIAYgADYClAQgBkHEA2ogBigCwAMiAUGAgICAeEYNEhogBigCxAMhACAGQfwAaiAGQcgDakHQAPwKAAAgBiAANgJ4IAYgATYCdAJAIAJBgICAgHhHBEAgBiAGKQKgATcDyAMgBiAGKQKYATcDwAMgBCAFEJgBIAYoApQCIQAgAiAGKAKYAkcNASADIAAgAhDrAQ0BIAYoApACIAAQqAMgAiADEKgDCyAVQSBHBEAgBkEKNgLQAyAGQcDXwAA2AswDIAYgFTYCyAMgBkKEgICAgAQ3AsADQZ+jwABBB0HRo8AAQS4Q2gEhByAGQcADahDUAgwRCyAGIAwtAAI6AM4BIAYgDC8AADsBzAEgBiAMKAADNgDPASAGIAwoAAc2ANMBIAYgDCgACzYA1wEgDCgADyEAIAYgDCgAEzYA3wEgBiAANgDbASAGIAwtAB86AOsBIAYgDCkAFzcA4wEgBigCyAEiAyAGKAKUASIATQRAIAYoApABIQggBkIANwPYAyAGQgA3A9ADIAZCADcDyAMgBkIANwPAAyAGQcwBakGsz8AAQQEgBkHAA2oiAEEgED8gBiAGKQPYAzcDuAMgBiAGKQPQAzcDsAMgBiAGKQPIAzcDqAMgBiAGKQPAAzcDoAMgABCTAiAGIAYpA7gDNwPYAyAGIAYpA7ADNwPQAyAGIAYpA6gDNwPIAyAGIAYpA6ADNwPAAyAGQZACaiAAQcAA/AoAAEEAIQIDQCACQcAARwRAIAZBkAJqIAJqIgAgAC0AAEE2czoAACACQQFqIQIMAQsLIAZCADcD8ARBACECIAZB+N/AACkDADcD6AQgBkHw38AAKQMANwPgBCAGQejfwAApAwA3A9gEIAZB4N/AACkDADcD0AQgBkHQBGogBkGQAmpBARDtAgNAIAJBwABHBEAgBkGQAmogAmoiACAALQAAQeoAczoAACACQQFqIQIMAQsLIAZCADcDmAUgBkH438AAKQMANwOQBSAGQfDfwAApAwA3A4gFIAZB6N/AACkDADcDgAUgBkHg38AAKQMANwP4BCAGQfgEaiIAIAZBkAJqIgJBARDtAiAGQegDaiAAQSj8CgAAIAZBwANqIgEgBkHQBGpBKPwKAAAgBkHQAmoiACABQdAA/AoAACAGQQA6AM8CIAZBoANqEK4CAkAgA0E/TQRAIAMEQCACIAggA/wKAAALIAYgAzoAzwIMAQsgACAIIANBBnYQ7QIgBiADQT9xIgA6AM8CIABFDQAgBkGQAmogCCADQcD///8HcWogAPwKAAALIAZBwANqIgQgBkGQAmpBkAH8CgAAIAZB0ARqIgAQ4wEgBkH4BGoiARDjASAGQYAEaiAEIAEQXyAGQSA6AP8DIAYgBikAkAU3A9gDIAYgBikAiAU3A9ADIAYgBikAgAU3A8gDIAYgBikA+AQ3A8ADIAZBqARqIAQgABBfQQAhAiABQQBBwAD8CwAgBCABQcAA/AoAACAGIAYpANAENwOgAyAGIAYpANgENwOoAyAGIAYpAOAENwOwAyAGIAYpAOgENwO4AwNAIAJBIEcEQCAGQcADaiACaiAGQaADaiACai0AADoAACACQQFqIQIMAQsLIAYgBikA2AM3A4gCIAYgBikA0AM3A4ACIAYgBikAyAM3A/gBIAYgBikAwAM3A/ABIAYgBkHAA2oiADYCxAMgBiAGQaADajYCwAMgABCqAiAGQfABaiAGQagBahDkAUH/AXFFBEBBACECDA8LIAZBkAJqQeTMwABBCCAGQZgBaiIWQQFBABCZASAGQcADaiAGQcwBaiAGKAKUAiIAIAYoApgCIAYoAoQBIAYoAogBEDMgBi0AwAMiAkELRwRAIAYgBi0AwwM6AO4BIAYgBi8AwQM7AewBIAYoAsQDIQMgBigCyAMhCCAGKQLMAyEYIAYoApACIAAQqAMMDwsgBiAGKALMAyIFNgKoAyAGIAYoAsgDIgE2AqQDIAYgBigCxAM2AqADIAYoApACIAAQqANBAyECIAVBBEkEQEGu08AAIQNBMCEIDA4LQYPTwAAhA0ErIQggASgAACIAQf+B/AdxQQh4IABBGHhB/4H8B3FyIgRBgICAAksgBCAFQQRrS3INDUHY0sAAIQMgBEEEaiIArRCeAiAFrVINDSAGQRBqIAAgASAFQcjSwAAQqQIgBigCFCEHIAYoAhAhAANAIAcEQCAHQQFrIQcgAC0AACEJIABBAWohACAJRQ0BDA8LCyAGQQA2AtQDIAYgBDYC0AMgBiABQQRqNgLMAyAGQYABOgDYAyAGQQA2AsgDIAZCgICAgBA3AsADIAZB+ARqIAZBwANqEKcBIAYtAPgEQQFGBEAgBigC/AQhAAwMCwJAAkACQCAGLQD5BEEBRgRAIAYtAPoEIgBB2wBGDQEgAEH7AEYNAkGAgICAeCEBIAZBwANqIgAgBkG/BWpBoOHAABBJIAAQ2AIhAAwQCyAGQQU2ApACIAZBwANqIAZBkAJqENEBIQAMDgsgBiAGLQDYA0EBayIAOgDYAwJAIABB/wFxBEAgBiAGKALUA0EBajYC1AMgBkEBOgD8BCAGIAZBwANqNgL4BCAGQZACaiAGQfgEahCpASAGKAKUAiEAQYCAgIB4IQICQAJ/AkACQAJAIAYoApACDgMBAAQACyAGQZACaiIBIAZB+ARqEFsCQCAGLQCQAkEBRwRAIAYtAJECQQFHDQMgASAGKAL4BBAyIAYoApACIgJBgICAgHhHDQELIAYoApQCDAMLIAYoApgCIQggACEDIAYoApQCIQAMAwtBAEH42MAAENsBDAELQQFB+NjAABDbAQshAEGAgICAeCECCyAGIAYtANgDQQFqOgDYAyAGIAZBwANqEHIiATYCoAIgBiADNgKcAiAGIAg2ApgCIAYgADYClAIgBiACNgKQAiACQYCAgIB4Rw0BQYCAgIB4IQIgAQ0DDA4LIAZBGDYCkAIgBkHAA2ogBkGQAmoQ0QEhAAwOCyABRQ0LIAZBkAJqEPMCQYCAgIB4IQIgASEADAwLIAYgBi0A2ANBAWsiADoA2AMgAEH/AXFFDQkgBiAGKALUA0EBajYC1AMgBkEBOgDUBCAGIAZBwANqNgLQBCAGQYCAgIB4NgL4BEGAgICAeCEBQQAhB0EAIQgCQANAAkAgBkGQAmogBkHQBGoQVAJAAkACQAJAAkACQAJAAkACfyAGLQCQAkEBRgRAIAYoApQCDAELIAYtAJECQQFHDQMgBigC0AQiAEEANgIIIAAgACgCFEEBajYCFCAGQZACaiAAQQxqIAAQOyAGKAKUAiICIAYoApACQQJGDQAaIAIgBigCmAIiAEHw0cAAQQcQ2QINASACIABB99HAAEEHENkCDQIgAiAAQYDSwABBAhDYAQshACAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BAwFCyAHDQMgBkEIaiAGKALQBBDpASAGKAIMIQMgBigCCEEBcQ0CQQEhB0EBIQgMCAsgAUGAgICAeEYNBSAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BEH30cAAQQcQhwIhAAwECyAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BCAIQQFxRQRAQfDRwABBBxCIAiEADAMLIAQhACABIgJBgICAgHhHDQdB99HAAEEHEIgCIQBBgICAgHghAgwHCyAGIAk2AoAFIAYgBDYC/AQgBiABNgL4BCADIQAMAQsgBiAJNgKABSAGIAQ2AvwEIAYgATYC+ARB8NHAAEEHEIcCIQALQYCAgIB4IQIgAUGAgICAeEYNBAsgBkH4BGoQ8wIMAQsCQCAGKALQBCICEKIBIgBFBEAgBkGQAmogAhAyIAYoApQCIQAgBigCkAIiAkGAgICAeEcNAQsgBiAENgL8BCAGIAE2AvgEDAELIAYoApgCIQkgACEEIAIhAQwBCwtBgICAgHghAgsgBiAGLQDYA0EBajoA2AMgBiAGQcADahCPASIBNgKgAiAGIAM2ApwCIAYgCTYCmAIgBiAANgKUAiAGIAI2ApACIAJBgICAgHhHBEAgAUUNCyAGQZACahDzAkGAgICAeCECIAEhAAwMCyABRQ0IIAEQtwEMCAsgARC3AQwKC0EAIAMgAEHUzMAAEGUACyAGKAKQAiAAEKgDQZ+jwABBB0Gmo8AAQSsQ2gEhByACIAMQqAMMDwsgASALQZzNwAAQ5QEACyAEIAtBjM3AABDlAQALIAUgC0H8zMAAEOUBAAsgByALQezMwAAQ5QEACyAGQSQ2AswDIAZB8M7AADYCyAMgBkEIOgDEAwwMC0GAgICAeCECDAILIAZBGDYCkAIgBkHAA2ogBkGQAmoQ0QEhAAwCCyAGKQKYAiEZC0GAgICAeCEBIAJBgICAgHhGBEAgACAGQcADahDYAiEADAILIAYgGTcCmAIgBiAANgKUAiAGIAI2ApACIAZB0ARqIAZBwANqEKcBAkACfyAGLQDQBEEBRgRAIAYoAtQEDAELIAYtANEEQQFHDQEgBkEWNgL4BCAGQcADaiAGQfgEahDRAQshACAGQZACahDzAgwCCyACIQEMAQtBgICAgHghAQsgBigCwAMgBigCxAMQqAMgAUGAgICAeEYEQCAAELcBQQMhAkHe08AAIQNBMiEIDAELIAYgADYC/AQgBiABNgL4BCAGIBk3AoAFAkACQCAZQoCAgIBwg0KAgICAEFIEQEEDIQJBGSEIQaTXwAAhAwwBCyAZpyICQaCNBksEQEEIIQJBGCEIQYzXwAAhAwwBCwJAAkACQCAGAn5BqJTBAC0AAARAQaCUwQApAwAhGkGYlMEAKQMADAELIAZBADoAwANBARAvIgRFDQEgBEEBENABQaCUwQAgBK0iGjcDAEGolMEAQQE6AAAgBkHAA2qtCyIYNwOgAkGYlMEAIBhCAXw3AwAgBiAaNwOoAiAGQcDawAApAwA3A5ACIAZByNrAACkDADcDmAIgACACQegAbGohFyAAIQUDQCAXIAUiCkYEQEELIQIMBAtBAyECIAooAlgiEEGBCGtBgHhJBEBBLSEIQd/WwAAhAwwECyAKKAJUIQQgBkEvNgLAA0HnACEIQfjVwAAhAyAEIBAgBkHAA2pBARDaAg0DIApB6ABqIQUgBCAQaiESIAQhBwNAAkAgByASRg0AAn8gBywAACITQQBOBEAgE0H/AXEhCSAHQQFqDAELIActAAFBP3EhDiATQR9xIQkgE0FfTQRAIAlBBnQgDnIhCSAHQQJqDAELIActAAJBP3EgDkEGdHIhDiATQXBJBEAgDiAJQQx0ciEJIAdBA2oMAQsgCUESdEGAgPAAcSAHLQADQT9xIA5BBnRyciIJQYCAxABGDQEgB0EEagshByAJQdwARiAJQSBJcg0FIAlB/wBrQSFPDQEMBQsLIAYgEDYC0AMgBkEANgLMAyAGIBA2AsgDIAYgBDYCxAMgBkEBOgDYAyAGQS82AsADIAZBATsB5AMgBiAQNgLgAyAGQQA2AtwDIAZBLzYC1AMDQAJAIAYtAOUDDQAgBigCxAMhBCAGQdAEaiAGQcADahB3An8gBigC0ARBAUYEQCAGKALcAyEHIAYgBigC2AQ2AtwDIAQgB2ohCSAGKALUBCAHawwBCyAGLQDlAw0BIAZBAToA5QMCQCAGLQDkA0EBRgRAIAYoAuADIQQgBigC3AMhBwwBCyAGKALgAyIEIAYoAtwDIgdGDQILIAYoAsQDIAdqIQkgBCAHawsiBEUNBSAJIARBvdfAAEEBENkCDQUgCSAEQb7XwABBAhDZAkUNAQwFCwsgCigCWCEOIAooAlQhEgJAIBRFDQAgFCARIBIgDhCnAsBBAEgNAEEwIQhByNXAACEDDAQLIAZBwANqIApBEGogBkGQAmoQRiAGLQDAAyIEQQtHBEAgBiAGLQDDAzoAvgUgBiAGLwDBAzsBvAUgBigCxAMhAyAGKALIAyEIIAYpAswDIRggBCECDAQLQcIAIQhBhtXAACEDIAooAgAiByAKKAIIIgRHDQMgBwRAIAooAgRFDQQLIAQEQCAKKAIMRQ0ECyAKKAJkIgRBEEsEQEEiIQhB5NTAACEDDAMLIARBMGwhCSAKKAJgIQdBACEEA0ACQCAJBEBBNyEIQa3UwAAhAyAEIAcoAigiBE8NBiAHKAIsRQ0GIAZBwANqIAcgBkGQAmoQRiAGLQDAAyIRQQtGDQEgBiAGLQDDAzoAvgUgBiAGLwDBAzsBvAUgBigCxAMhAyAGKALIAyEIIAYpAswDIRggESECDAYLIBIhFCAOIREgCigCOEGAgICAeEYNAiAGQcADaiAKKAI8IAooAkAQeSAGLQDAAyICQQtHBEAgBiAGLQDDAzoAvgUgBiAGLwDBAzsBvAUgBigCxAMhAyAGKALIAyEIIAYpAswDIRgMBgsgCigCTEHYKk0NAkEdIQhBkNTAACEDDAQLIAdBMGohByAJQTBrIQkMAAsACwALELUDAAtBCCECCyAGKAKQAiEEIAYoApQCIQUjAEEQayIHJAAgBQRAIAdBBGpBEEEIIAVBAWoQowEgBygCBBogBCAHKAIMayAHKAIIEIUDCyAHQRBqJAAgAkELRg0BCyAGIAYtAL4FOgDuASAGIAYvAbwFOwHsASAGQfgEahDzAgwBCyAZIRggACEIIAEhA0ELIQILIAZBoANqEJ0DIAJBC0YNAQsgBiACOgDAAyAGIAYvAewBOwDBAyAGIAYtAO4BOgDDAyAGIBg3AswDIAYgCDYCyAMgBiADNgLEAyAGQcADaiIAEJ0BIQcgABDUAgwBCyADQYCAgIB4Rw0CIAghBwsgBkHMAWoQrgILIAZB9ABqEOUCQQEhCAwDC0EEQcgAEOoCIgcgGDcCECAHIAg2AgwgByADNgIIIAdCgYCAgBA3AgAgByAGKQHMATcAGCAHIAYpAdQBNwAgIAcgBikB3AE3ACggByAGKQHkATcAMCAHIBYpAgA3AjggByAWKQIINwJAIAZB9ABqEOUCQQAhCAwCCyAGQcQDagsiACgCEDYCoAIgBiAAKQIINwOYAiAGIAApAgA3A5ACIAZBkAJqIgAQnQEhByAAENQCQQEhCCACQYCAgIB4Rg0AIAIgAxCoAwsgDCAVEIUDIA0gCxCFA0EBIQIgCEUEQEEEQRAQ6gIiACAHNgIMIABBADYCCCAAQoGAgIAQNwIAIABBCGohB0EAIQILIA8gAjYCCCAPIAdBACACGzYCBCAPQQAgByACGzYCACAGQcAFaiQAIA8oAgAgDygCBCAPKAIIIA9BEGokAAv7CQIPfwJ+IwBBEGsiByQAIwBBkAFrIgQkACAEQTBqIAAQqAEgBEEYaiABIAIQowMgBEEANgI8IAQgBCgCHCIMNgJEIAQgBCgCGCINNgJAAkACfwJAIAQoAjAiAARAIAQoAjghDiAEKAI0IQ8gBEEQaiAAKAIAIgBBDGooAgAgAEEQaigCACANIAwQdCAEKAIUIQYgBCgCEEEBRgRAIARBgICAgHg2AiQgBCAGNgIoDAQLIAYoAgQhAiAGKAIAIQogA0UNASAGKAJkQTBsIQEgBigCYEEoaiEAIAogAiADTXEDQCAAIQUgAUUNAiABQTBrIQEgAEEwaiEAIAUoAgAiCCADSQ0ACw0BQQEhCiAIIQJBASEDIAVBKGsiAUEsagwCCyAEQQhqIARBPGoQoAIgBCgCCCEBIAQoAgwhAiAEIARBMGoQqAIgBCgCACIAIAEgABsiAUEBIAEbIAQoAgQgAiAAG0EAIAEbELgDAAsgBkEQaiEBIAYoAgghA0EAIQggBkEMagsoAgAhCyAEIAEpAAg3A3AgBCABKQAANwNoIARByABqIgUgBEHoAGoiABCYASABKAIgIRAgASgCHCERIAEpAxAhFCAEKAJIIAQoAkwhBiAEKAJQIQkgBRCXAiAEIAU2AlQgACAEQdQAahDyASAEKAJoIQECQAJAAkAgBC0AbCIFQQNGDQAgBCAFOgBcIAQgATYCWCAEQdgAaiIFQZDSwABBAiAGIAkQxgEiAQ0AIAVBpKLAAEEHELkBIgENACAAIAQoAlgiCSgCABCcAyAAEN0CIgENACAIIAkoAgAQ9wEiAQ0AIARBBDoAaCAAEN0CIgENACAFQZLSwABBAxC5ASIBDQAgACAEKAJYIggoAgAQnAMgABDdAiIBDQBBFCEBIBQhEwNAIBNC5wdYBEAgE0IKWgRAIAFBAmsiASAEQegAamogE6ciAEH7KGxBE3YiBUGc////B2wgAGpBAXQvAfiRQTsAACAFrSETCyAUUEUgE1BxRQRAIAFBAWsiASAEQegAamogE6dBMHI6AAALIAgoAgAgBEHoAGoiACABakEUIAFrEJYCIARBBDoAYCAEQeAAahDdAiIBDQIgBEEEOgBoIAAQ3QIiAQ0CIARB2ABqIgBBldLAACARIBAQxQEiAQ0CIABBh9HAAEEFIAogAhCfASIBDQIgAEGM0cAAQQYgAyALEJ8BIgENAiAEKAJYKAIAIAQtAFwQ+gEiAQ0CIAQoAkwhASAEKAJIIgBBgICAgHhGDQMgBCAEKAJQNgIsIAQgATYCKCAEIAA2AiQMBAUgBEHoAGogAWoiAEEEayATIBNCkM4AgCITQpDOAH59pyIFQfsobEETdiIJQQF0LwH4kUE7AAAgAEECayAJQZz///8HbCAFakEBdC8B+JFBOwAAIAFBBGshAQwBCwALAAsgBCgCSCAEKAJMEKgDC0HencAAQQlBkqTAAEEUENoBIQAgARC4ASAEQYCAgIB4NgIkIAQgADYCKAsgBhCoAwsgDSAMEIUDIA8gDhCGAyAEQegAaiAEQSRqENcBIAQoAmwhASAHAn8gBCgCaARAQQAhAEEAIQNBAQwBCyAEKAJwIQMgASEAQQAhAUEACzYCDCAHIAE2AgggByADNgIEIAcgADYCACAEQZABaiQAIAcoAgAgBygCBCAHKAIIIAcoAgwgB0EQaiQAC7kCAQh/IwBBEGsiBiQAIAZBCGohBSMAQRBrIgMkACAAQYXKwABBARCWAgJAA0BBACEEAkADQCACIARGBEAgAgRAIAAgASACEJYCCyAAQYXKwABBARCWAiAFQQQ6AAAgA0EQaiQADAQLIAMgASACIARB5MnAABCVAiADKAIMIglFDQEgBEEBaiEEIAMoAggiCi0AACIHLQD/4kAiCEUNAAsgAygCBCIBBEAgACADKAIAIAEQlgILIAlBAWshAiAKQQFqIQEgCEH1AEYEQCADQdzqwYEDNgAAIAMgB0EPcS0A/+RAOgAFIAMgB0EEdi0A/+RAOgAEIAAgA0EGEJYCDAILIAMgCDoAASADQdwAOgAAIAAgA0ECEJYCDAELCyAFQQQ6AABB9MnAABCvAwALIAUQ3QIgBkEQaiQACygAIAAgAiABIAMgASADSRsQ6wEiACABIANrIAAbIgBBAEogAEEASGsLMwECfyABKAIIIQMgASgCBCECIAEoAgAEQCACIAMQhgNBACECCyAAIAM2AgQgACACNgIACyoAIAEgA00EQCAAIAMgAWs2AgQgACABIAJqNgIADwsgASADIAMgBBBlAAszAQJ/IAAoAgAhASAAKAIEIQIDQCABIAJGRQRAIAFBADoAACAAIAFBAWoiATYCAAwBCwsLLwECfyMAQRBrIgAkACAAQQhqEH4gACgCCCIBIAAoAgwQpAMgAEEQaiQAIAFBAEcLLwECfiAAIAApA0AiAyACrXwiBDcDQCAAIAApA0ggAyAEVq18NwNIIAAgASACECwLkgwBEn8jAEEQayIIJAAjAEGwAWsiAyQAIANB0ABqIAAQqAEgA0E4aiABIAIQowMgA0EANgJcIAMgAygCPCIONgJkIAMgAygCOCIPNgJgAkACQCADKAJQIgAEQCADKAJYIRAgAygCVCADQTBqIAAoAgAiAEEMaigCACAAQRBqKAIAIA8gDhB0IAMoAjQhBgJAIAMoAjBBAUYEQCADQYCAgIB4NgJEIAMgBjYCSAwBCyAGKAJgIQogBigCOCESIAYoAgwhEyAGKAIIIRQgBigCBCEJIAYoAgAhCyAGKAJYIQwgBigCVCENIANBKGogBigCZCIFQQRBBBDiASADQQA2AogBIAMgAygCLCIBNgKEASADIAMoAigiAjYCgAECQAJAIAIgBUkEQCADQSBqIANBgAFqQQAgBUEEQQQQXCADKAIgIgBBgYCAgHhHDQUgAygChAEhASADKAKIASEHDAELIAVFDQELIAUgB2ogCkEoaiECIAEgB0ECdGohBANAIAQgAigCADYCACACQTBqIQIgBEEEaiEEIAVBAWsiBQ0ACyADKAKAASECIQcLIANB6ABqIgAQlwIgAyAANgJ0IANBgAFqIgogA0H0AGoQ8gEgAygCgAEhBAJAAkACQAJAAkAgAy0AhAEiAEEDRg0AIAMgADoAfCADIAQ2AnggA0H4AGoiAEGD0cAAIA0gDBDFASIEDQAgAEGH0cAAQQUgCyAJEJ8BIgQNACAAQYzRwABBBiAUIBMQnwEiBA0AIABBmtHAAEELELkBIgQNACAKIAMoAngiBSgCABC2AyAKEN0CIgQNAAJAIBJBgICAgHhHBEAgBSgCAEGGysAAQQEQlgIgA0EEOgCAASAKEN0CIgAgBSAAGyEEIAANASADQQE6AKwBIAMgBDYCqAEgA0GoAWoiAEGV0sAAQQQgBigCPCAGKAJAEMYBIgQNASAAQbTSwABBBCAGKAJIIAYoAkwQxgEiBA0BIAMtAKwBRQRAQQAhBAwCCyADKAKoASgCAEGEysAAQQEQlgIgA0EEOgCAASADQYABahDdAiEEDAELIAUoAgBB6PjAAEEEEJYCIANBBDoAgAEgA0GAAWoQ3QIhBAsgBA0AIANBBDoAgAEgA0GAAWoiABDdAiIEDQAgA0H4AGpBktHAAEEIELkBIgQNACAAIAMoAngiCSgCABC2AyAAEN0CIgQNACAJKAIAIgtBjrbAAEEBEJYCIANBBDoAgAEgABDdAiIEDQAgB0UEQCAAIAkoAgAQtwMgABDdAiIEDQELIAdBAEchDCAHQQJ0IQUgB0UhByABIQADQCAFBEAgDEUEQCALQYfKwABBARCWAgsgA0EEOgCAASADQYABaiINEN0CIgQNAiADQRhqIA0gACgCABB9IAsgAygCGCADKAIcEJYCIANBBDoAqAEgA0GoAWoQ3QIiBA0CIABBBGohACADQQQ6AIABIAVBBGshBUEAIQdBACEMIA0Q3QIiBEUNAQwCCwsgB0EBcUUEQCADQYABaiIAIAkoAgAQtwMgABDdAiIEDQELIANBBDoAgAEgA0GAAWoQ3QIiBA0AIAkoAgAgAy0AfBD6ASIERQ0BCyADKAJoIAMoAmwQqAMMAQsgAygCbCEEIAMoAmgiAEGAgICAeEcNAQtB3p3AAEEJQf+jwABBExDaASEAIAQQuAEgA0GAgICAeDYCRCADIAA2AkgMAQsgAyADKAJwNgJMIAMgBDYCSCADIAA2AkQLIAIgAUEEQQQQzQELIA8gDhCFAyAQEIYDIANBgAFqIANBxABqENcBIAMoAoQBIQIgCAJ/IAMoAoABBEBBACEFQQAhAEEBDAELIAMoAogBIQAgAiEFQQAhAkEACzYCDCAIIAI2AgggCCAANgIEIAggBTYCACADQbABaiQADAILIANBEGogA0HcAGoQoAIgAygCECEBIAMoAhQhACADQQhqIANB0ABqEKgCIAMoAggiAiABIAIbIgFBASABGyADKAIMIAAgAhtBACABGxC4AwALIAMoAiQaIAAQ8gIACyAIKAIAIAgoAgQgCCgCCCAIKAIMIAhBEGokAAstAQF/IwBBEGsiASQAIAEgADYCCCABIABBIGo2AgwgAUEIahCqAiABQRBqJAALDgAgAEKAgICA4AEQzQMLDgAgAEKAgICA0AIQzQMLMAEBfyAAKAIIIgIgACgCAEYEQCAAEL8BCyAAIAJBAWo2AgggACgCBCACaiABOgAACykAIAFBAnQhAQNAIAEEQCAAKAIAENYBIAFBBGshASAAQQRqIQAMAQsLC5MbAg5/AX4jAEEQayILJAAjAEGQAWsiAiQAIAJBGGogACABEKMDIAJBOGogAigCGCIOIAIoAhwiDxBAAkACQAJAAkACQCACKAI4IgBBgICAgHhGBEAgAiACQTxqIgEoAhA2AmggAiABKQIINwNgIAIgASkCADcDWCACQdgAahCdASEAIAEQ1AIgAiAANgIkIAJBgICAgHg2AiAMAQsgAiACKQJENwNYIAIgAikCTDcDYCACKAJUIQggAiACKQI8NwIwIAIgADYCLAJAAkACQCAIIA9NBEAgAkE4aiAIQQNuIgFBAnQiAEEEaiAAIAggAUEDbGsiCRsiB0EBQQFBARCUASACKAI8IQwgAigCOEEBRg0BIAIoAkAhASAIQRtJDQMgCEEaayIAQQAgACAITRshCkEAIQACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQAJAAkACQANAIAVBGmoiBiAISw0iIAJBEGogACAAQSBqIgYgASAHQcCqwAAQlAIgAigCFCIDBEAgAigCECIEIAUgDmoiDSkAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6AAAgA0EBRg0CIAQgEEI0iKdBP3EtAPudQDoAASADQQJNDQMgBCAQQi6Ip0E/cS0A+51AOgACIANBA0YNBCAEIBBCKIinQT9xLQD7nUA6AAMgA0EETQ0FIAQgEEIiiKdBP3EtAPudQDoABCADQQVGDQYgBCAQQhyIp0E/cS0A+51AOgAFIANBBk0NByAEIBCnIgBBFnZBP3EtAPudQDoABiADQQdGDQggBCAAQRB2QT9xLQD7nUA6AAcgA0EITQ0JIAQgDUEGaikAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6AAggA0EJRg0KIAQgEEI0iKdBP3EtAPudQDoACSADQQpNDQsgBCAQQi6Ip0E/cS0A+51AOgAKIANBC0YNDCAEIBBCKIinQT9xLQD7nUA6AAsgA0EMTQ0NIAQgEEIiiKdBP3EtAPudQDoADCADQQ1GDQ4gBCAQQhyIp0E/cS0A+51AOgANIANBDk0NDyAEIBCnIgBBFnZBP3EtAPudQDoADiADQQ9GDRAgBCAAQRB2QT9xLQD7nUA6AA8gA0EQTQ0RIAQgDUEMaikAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6ABAgA0ERRg0SIAQgEEI0iKdBP3EtAPudQDoAESADQRJNDRMgBCAQQi6Ip0E/cS0A+51AOgASIANBE0YNFCAEIBBCKIinQT9xLQD7nUA6ABMgA0EUTQ0VIAQgEEIiiKdBP3EtAPudQDoAFCADQRVGDRYgBCAQQhyIp0E/cS0A+51AOgAVIANBFk0NFyAEIBCnIgBBFnZBP3EtAPudQDoAFiADQRdGDRggBCAAQRB2QT9xLQD7nUA6ABcgA0EYTQ0ZIAQgDUESaikAACIQQjiGIBBCgP4Dg0IohoQgEEKAgPwHg0IYhiAQQoCAgPgPg0IIhoSEIBBCCIhCgICA+A+DIBBCGIhCgID8B4OEIBBCKIhCgP4DgyAQQjiIhISEIhBCOoinLQD7nUA6ABggA0EZRg0aIAQgEEI0iKdBP3EtAPudQDoAGSADQRpNDRsgBCAQQi6Ip0E/cS0A+51AOgAaIANBG0YNHCAEIBBCKIinQT9xLQD7nUA6ABsgA0EcTQ0dIAQgEEIiiKdBP3EtAPudQDoAHCADQR1GDR4gBCAQQhyIp0E/cS0A+51AOgAdIANBHk0NHyAEIBCnIgBBFnZBP3EtAPudQDoAHiADQR9GDSAgBCAAQRB2QT9xLQD7nUA6AB8gBiEAIAVBGGoiBSAKSw0kDAELC0EAQQBB0KrAABDlAQALQQFBAUHgqsAAEOUBAAtBAkECQfCqwAAQ5QEAC0EDQQNBgKvAABDlAQALQQRBBEGQq8AAEOUBAAtBBUEFQaCrwAAQ5QEAC0EGQQZBsKvAABDlAQALQQdBB0HAq8AAEOUBAAtBCEEIQdCrwAAQ5QEAC0EJQQlB4KvAABDlAQALQQpBCkHwq8AAEOUBAAtBC0ELQYCswAAQ5QEAC0EMQQxBkKzAABDlAQALQQ1BDUGgrMAAEOUBAAtBDkEOQbCswAAQ5QEAC0EPQQ9BwKzAABDlAQALQRBBEEHQrMAAEOUBAAtBEUERQeCswAAQ5QEAC0ESQRJB8KzAABDlAQALQRNBE0GArcAAEOUBAAtBFEEUQZCtwAAQ5QEAC0EVQRVBoK3AABDlAQALQRZBFkGwrcAAEOUBAAtBF0EXQcCtwAAQ5QEAC0EYQRhB0K3AABDlAQALQRlBGUHgrcAAEOUBAAtBGkEaQfCtwAAQ5QEAC0EbQRtBgK7AABDlAQALQRxBHEGQrsAAEOUBAAtBHUEdQaCuwAAQ5QEAC0EeQR5BsK7AABDlAQALQR9BH0HArsAAEOUBAAtBACAIIA9B6J3AABBlAAsgAigCQBogDBDyAgALIAUgBiAIQbCqwAAQZQALIAggCWshAwJAAkACQAJAAkACQAJAAkACQANAAkACQAJAIAMgBU0EQCAJQQFrDgICAQ0LIAVBA2oiACAITQ0CIAUgACAIQdCpwAAQZQALIAYgB08NAyABIAZqIAMgDmoiBS0AACIAQQJ2LQD7nUA6AAAgBkEBaiIKIAdPDQQgASAKaiAAQQR0IAUtAAEiBUEEdnJBP3FB+53AAGotAAA6AAAgBkECaiIAIAdPDQUgBUECdEE8cSEFQQMhCQwKCyAGIAdPDQVBAiEJIAEgBmogAyAOai0AACIFQQJ2LQD7nUA6AAAgByAGQQFqIgBLBEAgBUEEdEEwcSEFDAoLIAAgB0HAqcAAEOUBAAsgAkEIaiAGIAZBBGoiBiABIAdB4KnAABCUAiACKAIMIgRFDQUgAigCCCINIAUgDmoiCi0AACIFQQJ2LQD7nUA6AAAgBEEBRg0GIA0gBUEEdCAKQQFqLQAAIgVBBHZyQT9xQfudwABqLQAAOgABIARBA0kNByANIAVBAnQgCkECai0AACIFQQZ2ckE/cUH7ncAAai0AADoAAiAEQQNHBEAgDSAFQT9xLQD7nUA6AAMgACEFDAELC0EDQQNBoKrAABDlAQALIAYgB0GAqcAAEOUBAAsgCiAHQZCpwAAQ5QEACyAAIAdBoKnAABDlAQALIAYgB0GwqcAAEOUBAAtBAEEAQfCpwAAQ5QEAC0EBQQFBgKrAABDlAQALQQJBAkGQqsAAEOUBAAsgACABaiAFLQD7nUA6AAAgBiAJaiEGCyAGIAdLDQEgByAGayEKQQAgBmtBA3EiBSEJIAYhAAJAA0AgCUUNASAAIAdHBEAgACABakE9OgAAIAlBAWshCSAAQQFqIQAMAQsLIAogCkHwqMAAEOUBAAsgBSAGQX9zSw0CIAJBOGogASAHEEICQCACKAI4RQRAIAetIRAgASEHDAELIAIpAjwhECAMQYCAgIB4Rw0EIAEhDAsgAkHEAGogAkHYAGoQmAEgAiAQpyIFNgJAIAIgDK0gB61CIIaENwM4IAJB8ABqIgAQlwIgAiAANgJ8IAJBiAFqIAJB/ABqEPIBIAIoAogBIQACQAJAAkACQAJAIAItAIwBIgFBA0YNACACIAE6AIQBIAIgADYCgAEgAkGAAWoiAUG7oMAAQQUgByAFEMYBIgANACABQcCgwABBCSACKAJIIgkgAigCTBDGASIADQAgAigCgAEoAgAgAi0AhAEQ+gEiAEUNAQsgAigCcCACKAJ0EKgDDAELIAIoAnQhACACKAJwIgFBgICAgHhHDQELQd6dwABBCUHJoMAAQR4Q2gEhASAAELgBIAJBgICAgHg2AiAgAiABNgIkIAIoAkghCSACKAI8IQcgAigCOCEMDAELIAIgAigCeDYCKCACIAA2AiQgAiABNgIgCyAMIAcQqAMgAigCRCAJEKgDIAJBLGoQ8QILIA4gDxCFAyACQThqIAJBIGoQ1wEgAigCPCEAIAsCfyACKAI4BEBBACEFQQAhBkEBDAELIAIoAkAhBiAAIQVBACEAQQALNgIMIAsgADYCCCALIAY2AgQgCyAFNgIAIAJBkAFqJAAMAwsgBiAHIAdBiKXAABBlAAsjAEEQayIAJAAgAEEqNgIEIABBmKXAADYCACAAIACtQoCAgICwAYQ3AwhBmofAACAAQQhqQcSlwAAQiwIACyACIBA3AkQgAiAMNgI4IAIgAa0gB61CIIaENwI8QdSlwABBDCACQThqQfikwABB4KXAABDPAQALIAsoAgAgCygCBCALKAIIIAsoAgwgC0EQaiQACz0BAX8gACEBAkACQAJAIAAtAJgFDgQBAgIAAgsgAEHIAmohAQsgARD5ASAAKAKQBRCaAyAAKAKUBRCaAwsLLQECfyABKAIAIgIEQCAAIAIRAgALIAEoAgQiAgRAIAEoAgghAyAAIAIQ0AELCwMAAAsOACAAIAFBwMjAABDOAwsOACAAIAFBkMjAABDOAwsqACABKAIARQRAIAFBfzYCACAAIAE2AgQgACABQQRqNgIADwsgAhCvAgALZwAgASADRgRAIAEEQCAAIAIgAfwKAAALDwsjAEEgayIAJAAgACADNgIIIAAgATYCDCAAIABBDGqtQoCAgICAAoQ3AxggACAAQQhqrUKAgICAgAKENwMQQf6ZwAAgAEEQaiAEEIsCAAsrACAABEAgACACIAMgASgCEBEEAA8LIAMQmgMgAhCaA0GEx8AAQTIQuAMACwMAAAsDAAALAwAACwMAAAsDAAALAwAACwMAAAsmAQF/IAAtABQgAEEBOgAUIABBCGshAEUEQCAAEMcDDwsgABDoAgstACAAKAJQIAAoAlQQqAMgACgCKCAAKAIsEKgDIABB3ABqEOoBIABBOGoQkgMLMQEBfyMAQRBrIgMkACADIAAgARBhIgAgAiYBIAAQ0gEgAygCACADKAIEIANBEGokAAstAQF+QYCYwQApAwAhAUGAmMEAQgA3AwAgACABQiCIPgIEIAAgAadBAUY2AgALKQEBfyMAQYABayICJAAgAiABQYAB/AoAACAAIAJBARAsIAJBgAFqJAALJwEBfyMAQUBqIgIkACACIAFBwAD8CgAAIAAgAkEBEC0gAkFAayQACyAAA0AgAQRAIAFBAWshASAAEMQCIABB6ABqIQAMAQsLCxsBAX8jAEEQayIBIABBAEc2AgxBACABKAIMawsjAQF/IABBhAhJIABBgAhPcQR/IAAFEGEiASAAJQEmASABCwsoAQF/IAAoAgAiAQRAIAEgACgCBBC1AiAAKAIMIAAoAggoAgwRAgALCyQAIAAEQCAAIAIgASgCEBEBAA8LIAIQmgNBhMfAAEEyELgDAAsnAQF/IAEQogEiAgRAIABBgICAgHg2AhggACACNgIADwsgACABEDcLJwEBfyABEKIBIgIEQCAAQYCAgIB4NgIAIAAgAjYCBA8LIAAgARBuCyQBAX8gARCiASICBEAgAEECNgIAIAAgAjYCBA8LIAAgARCWAQvABQEJfyMAQRBrIgckACMAQeAAayIBJAAgAUE8aiAAEKgBAkACQCABKAI8IgAEQCAAKAIAIgAoAgwhBSABQShqIAAoAhAiA0EEQQwQ4gEgAUEANgJQIAEgASgCLCIGNgJMIAEgASgCKCIANgJIAkACQCAAIANJBEAgAUEgaiABQcgAakEAIANBDBCVASABKAIgIgBBgYCAgHhGBEAgASgCUCECIAEoAkwhBgwCCyABKAIkGiAAEPICAAsgA0UNAQsgAiADaiAFQdgAaiEEIAYgAkEMbGohAgNAIAFB1ABqIARBBGsoAgAgBCgCABDwASACIAEoAlw2AgggAiABKQJUNwIAIARB6ABqIQQgAkEMaiECIANBAWsiAw0ACyECCyABIAEpAkg3AzAgASACNgI4IAEoAkAgASgCRBCGAyABKAI4IgYgASgCMEkEQCABQRhqIAFBMGogBkEMEIoBIAEoAhgiAEGBgICAeEcNAiABKAI4IQYLIAZBDGwhAiABKAI0IgAhBCAAIQMDQCACBEAgBCgCACAEKAIEIgkgBCgCCBCCAyEFIAlBAUEBEMABIAMgBTYCACACQQxrIQIgA0EEaiEDIARBDGohBAwBCwsQqwMgASAGQQNsNgJUIAEgADYCWCABIAMgAGtBAnY2AlwQqwMjAEEQayIFJAACQAJAIAFBEGoiAyABQdQAaiICKAIIIgAgAigCAEkEfyAFQQhqIAIgAEEEEIoBIAUoAggiAEGBgICAeEcNASACKAIIBSAACzYCBCADIAIoAgQ2AgAgBUEQaiQADAELIAUoAgwaIAAQ8gIACyAHIAEpAxA3AgAgAUHgAGokAAwCCyABQQhqIAFBPGoQqAIgASgCCCIAQQEgABsgASgCDEEAIAAbELgDAAsgASgCHBogABDyAgALIAcoAgAgBygCBCAHQRBqJAALsgEBA38jAEEQayICJAAjAEFAaiIBJAAgAUEkaiIDIAAQqAEgASgCJCIARQRAIAFBCGogAxCoAiABKAIIIgBBASAAGyABKAIMQQAgABsQuAMACyABIAAoAgAiACkAODcDMCABIAApAEA3AzggAUEYaiIAIAFBMGoQmAEgASgCKCABKAIsEIYDIAFBEGogABCEAiACIAEpAxA3AgAgAUFAayQAIAIoAgAgAigCBCACQRBqJAALIAAgAUEBRgRAIAIQmgMLIAAgAjYCBCAAIAFBAXM2AgALIQAgAC0AAEEFa0H/AXFBAU0EQCAAKAIEIAAoAggQqAMLCxwAIAFBBE8EQCABQQQgAhDlAQALIAAgAUEEdGoLIAAgAiABQRAQ6wEhASAAIAM2AgQgAEEAIAIgARs2AgALHgAgAgRAIAIgARDrAiEBCyAAIAI2AgQgACABNgIACxkAIAAoAgwEQCAADwsgASAAEPgBIAAQwQMLGQEBfyABIANGBH8gACACIAEQ6wEFQQELRQsZAQF/IAEgA08EfyACIAAgAxDrAQVBAQtFCxwAIAApAwAgAEEIaikDACABIAJBBHRrQRBrEFcL4QEBA38QYSIFIAMmASAFIQYjAEEwayIFJAAgBUEYaiIHIAAQqAEgBUEQaiABIAIQowMgBUEANgIkIAUgBSgCFCIANgIsIAUgBSgCECIBNgIoIAUoAhgiAkUEQCAGEJoDIAVBCGogBUEkahCgAiAFKAIIIQEgBSgCDCECIAUgBxCoAiAFKAIAIgAgASAAGyIBQQEgARsgBSgCBCACIAAbQQAgARsQuAMACyACKAIAIAEgACAGIARBAEcQkAEhAiABIAAQhQMgBSgCHCAFKAIgEIYDIAVBMGokACACJQEgAhDWAQszAQF+IAAtAABBBEcEfyAAKQIAIQEQmgIiAEIANwIMIAAgATcCBCAAQQE2AgAgAAVBAAsLHQAgABCeAiIAQv//AIMgAEIOiEKQgAF+fELIAHwLIgAgAC0AAEUEQCABQeLFwABBBRA8DwsgAUHnxcAAQQQQPAsZACABQRBPBEAgAUEQIAIQ5QEACyAAIAFqC/4BAQN/EGEiBCADJgEgBCEFIwBBQGoiBCQAIARBKGoiBiAAEKgBIARBIGogASACEKMDIARBADYCNCAEIAQoAiQiADYCPCAEIAQoAiAiATYCOCAEKAIoIgJFBEAgBRCaAyAEQRBqIARBNGoQoAIgBCgCECEBIAQoAhQhAiAEQQhqIAYQqAIgBCgCCCIAIAEgABsiAUEBIAEbIAQoAgwgAiAAG0EAIAEbELgDAAsgBEEYahB+IAQoAhwhBiACKAIAIAEgACAFIAQoAhgiBUEARxCQASECIAUgBhCkAyABIAAQhQMgBCgCLCAEKAIwEIYDIARBQGskACACJQEgAhDWAQsdACAAIAEQYSIAIAImASAAEGEiACADJgEgABC7AgtsAQF/IAAgACgCAEEBayIBNgIAIAFFBEAgACgCGCAAQRxqKAIAEJsDIAAoAiAiAQRAIAAoAiQgASgCDBECAAsgAEEMahDsAgJAIABBf0YNACAAIAAoAgRBAWsiATYCBCABDQAgAEEoENABCwsLRQEBfyAAIAAoAgBBAWsiATYCACABRQRAIAAoAgwQ5gICQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBEBDQAQsLCyEAIAAQ8QIgACgCDCAAKAIQEKgDIAAoAhggACgCHBCoAwtoAQF/IAAgACgCAEEBayIBNgIAIAFFBEAgAEEYahCuAiAAQQxqIgEoAgAgAEEQaigCABDJAiAAKAIIIAEoAgAQqQMCQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABByAAQ0AELCwvwAQEFfyAAIAAoAgBBAWsiATYCACABRQRAQQAhAQJAIAAoAhgiAkUNACAAKAIMIgEgACgCFCIDIAFBACABIANNG2siA2siBCACSQRAIAIgBGshBQwBCyACIANqIQELIABBEGooAgAiAiADQQJ0aiEEIAEgA2shAQNAIAEEQCAEKAIAEOgCIAFBAWshASAEQQRqIQQMAQUDQCAFBEAgAigCABDoAiAFQQFrIQUgAkEEaiECDAELCyAAKAIMIABBEGooAgBBBEEEEMABAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQSAQ0AELCwsLC0UBAX8gACAAKAIAQQFrIgE2AgAgAUUEQCAAQQxqEMwCAkAgAEF/Rg0AIAAgACgCBEEBayIBNgIEIAENACAAQSAQ0AELCwtYAQJ/IAAgACgCAEEBayIBNgIAIAFFBEAgAEEQaigCACEBIAAoAgwiAgRAIAIgARC1AgsCQCAAQX9GDQAgACAAKAIEQQFrIgE2AgQgAQ0AIABBGBDQAQsLCxcBAX8gASAAEOsCIgJFBEAQtQMACyACCxUAIAFBCU8EQCABIAAQWA8LIAAQLwsaACAAKAIABEAgACgCBBC7AyAAKAIIELsDCwsYACAAIAApAyAgAq18NwMgIAAgASACEC0LGAECfyAAKAIAIgEEQCAAKAIEIAEQ0AELCxoBAW8gACUBIAEgAhALIQMQYSIAIAMmASAACxoBAW8gACUBIAEgAhAZIQMQYSIAIAMmASAAC0oBA38gACgCBCIDIQEgACgCCCECA0AgAgRAIAEoAgAgAUEEaigCABCoAyACQQFrIQIgAUEgaiEBDAELCyAAKAIAIANBBEEgEM0BCw8AIAAEQBC1AwALEKwDAAsdAQF/IAAoAgQiASAAKAIIEMkCIAAoAgAgARCpAwsUAQF/IAAQLyIBRQRAELUDAAsgAQscACAAKAIAIAAoAgQQqAMgACgCDCAAKAIQEKgDCxwAIAEoAgAgACgCACAAKAIEIAEoAgQoAgwRAAALGQAgAiABEOsCIQEgACACNgIEIAAgATYCAAsUACAAKQMAUEUEQCAAQQhqEPkBCwsSACAAIAFBAXRBAXIgAhCLAgALFwEBfyAAEB4iATYCBCAAIAFBAEc2AgALFwEBfyAAEB8iATYCBCAAIAFBAEc2AgALFwEBfyAAECAiATYCBCAAIAFBAEc2AgALFwEBfyAAECEiATYCBCAAIAFBAEc2AgALFwAgACgCACABIAAoAgRBDGooAgARAQALFgEBbyAAIAEQDCECEGEiACACJgEgAAsWAQFvIAAlARANIQEQYSIAIAEmASAACxYBAW8gACABECohAhBhIgAgAiYBIAALFgEBbyAAIAEQKyECEGEiACACJgEgAAsZACABKAIAQZDJwABBBSABKAIEKAIMEQAACxEAIAAoAgAiAARAIAAQ4wILCw4AIAEEQCAAIAEQ0AELCxQAIAAgACgCAEEBazYCACABEOQCCxUBAX8jAEEQayIBIAA6AA8gAS0ADwsZACABKAIAQebiwABBESABKAIEKAIMEQAACxkAIAEoAgBB9+LAAEEIIAEoAgQoAgwRAAALGQAgASgCAEHT4cAAQQMgASgCBCgCDBEAAAsVACABIAAoAgAiACgCBCAAKAIIEDwLGQAgASgCAEGA2cAAQRAgASgCBCgCDBEAAAsZACABKAIAQdDhwABBAyABKAIEKAIMEQAACxkAIAEoAgBBlNjAAEEOIAEoAgQoAgwRAAALGQAgASgCAEHK18AAQQogASgCBCgCDBEAAAsWACAAKAIAQYGAgIB4RwRAIAAQkgMLCxYAIAAoAgBBgICAgHhHBEAgABDqAQsLFgAgACgCAEGAgICAeEcEQCAAEPUCCwsZACABKAIAQbjZwABBEiABKAIEKAIMEQAACxkAIAEoAgBB1NfAAEEMIAEoAgQoAgwRAAALGQAgASgCAEHI2MAAQQ8gASgCBCgCDBEAAAsZACABKAIAQYXfwABBESABKAIEKAIMEQAACxMAQYCYwQAgAK1CIIZCAYQ3AwALDgAgAQRAIAAgARDQAQsLEgAgASACQQEQlgIgAEEEOgAACxAAIABBhAhPBEAgABDWAQsLDwAgAEECRwRAIAEQmgMLCxUAIAFBiMrAAEEBEJYCIABBBDoAAAsUACAAEIQBIAAoAgAgACgCBBCoAwsUACAAKAIAIAEgACgCBCgCDBEBAAuwCgEDfyAAIQZBACEAIwBB0ABrIgUkACAFIAM2AgggBSACNgIEAn8gAUGBAk8EQEGAAiEAAkADQCAAIAZqLAAAQb9/Sg0BIABBAWsiAA0AC0EAIQALIAUgBjYCDCAFIAA2AhBBBUEAIAAgAUkiBxshAEHctcAAQQEgBxsMAQsgBSABNgIQIAUgBjYCDEEBCyEHIAUgADYCGCAFIAc2AhQCQAJAAkACQAJAAkAgASACTwRAIAEgA0kNBiACIANLDQEgAkUgASACTXINAyACIAZqLAAAQb9/Sg0DIAIhAAJAA0AgACAGaiwAAEG/f0oNASAAQQFrIgANAAtBACEACwNAIAIgBmosAABBv39KDQMgASACQQFqIgJHDQALIAEhAgwCCyAFIAVBFGqtQoCAgICwAYQ3AzggBSAFQQxqrUKAgICAsAGENwMwIAUgBUEEaq1CgICAgIAChDcDKEHegMAAIAVBKGogBBCLAgALIAUgBUEUaq1CgICAgLABhDcDQCAFIAVBDGqtQoCAgICwAYQ3AzggBSAFQQhqrUKAgICAgAKENwMwIAUgBUEEaq1CgICAgIAChDcDKEG0gMAAIAVBKGogBBCLAgALIAUgADYCHCAFIAI2AiACQCAAIAJLDQACQCAARQ0AIAAgAU8EQCAAIAFGDQEMAgsgACAGaiwAAEFASA0BCwJAIAEgAk0EQCABIAJHDQIMAQsgAiAGaiwAAEG/f0wNAQsgACACRg0CIAUCfyAAIAZqIgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICAsAGENwNIIAUgBUEMaq1CgICAgLABhDcDQCAFIAVBHGqtQoCAgICwAoQ3AzggBSAFQSRqrUKAgICAwAKENwMwIAUgBUEEaq1CgICAgIAChDcDKEG6gcAAIAVBKGogBBCLAgALIAYgASAAIAIgBBCfAwALIANFIAEgA01yDQIgAyAGaiwAAEG/f0oNAiADIQACQANAIAAgBmosAABBv39KDQEgAEEBayIADQALQQAhAAsCQANAIAMgBmosAABBv39KDQEgASADQQFqIgNHDQALIAEhAwsgBSAANgIcIAUgAzYCICAAIANLDQECQCAARQ0AIAAgAU8EQCAAIAFGDQEMAwsgACAGaiwAAEFASA0CCwJAIAEgA00EQCABIANHDQMMAQsgAyAGaiwAAEG/f0wNAgsgACADRg0AIAUCfyAAIAZqIgEsAAAiAEEATgRAIABB/wFxDAELIAEtAAFBP3EiAyAAQR9xIgJBBnRyIABBX00NABogAS0AAkE/cSADQQZ0ciIDIAJBDHRyIABBcEkNABogAkESdEGAgPAAcSABLQADQT9xIANBBnRycgs2AiQgBSAFQRRqrUKAgICAsAGENwNIIAUgBUEMaq1CgICAgLABhDcDQCAFIAVBHGqtQoCAgICwAoQ3AzggBSAFQSRqrUKAgICAwAKENwMwIAUgBUEIaq1CgICAgIAChDcDKEGLgsAAIAVBKGogBBCLAgALIAQQrwMACyAGIAEgACADIAQQnwMACyAFIAVBFGqtQoCAgICwAYQ3AzggBSAFQQxqrUKAgICAsAGENwMwIAUgBUEIaq1CgICAgIAChDcDKEGNgcAAIAVBKGogBBCLAgALEQAgAEEIayIAENMBIAAQ6QILFAIBbwF/EAMhABBhIgEgACYBIAELDwAgACABIAIQdSAAEPgCCxAAIAAgAjYCBCAAIAE2AgALDAAgAARAIAEQmgMLCxAAIAEgACgCACAAKAIEEDwLFABBxaHAAEETQdihwABBzAAQ2gELDwAgACgCACAAKAIEEKgDCw0AIAAgAUEBQQEQzQELDgAgACABQQhB6AAQzQELEABBpMTAAEHHACAAEIsCAAsNAEEAQQRBBEEMEMABCxIAQbSnwABBI0HIp8AAEIsCAAsPACAAQdinwAAgASACEEcLDwAgAEH0tMAAIAEgAhBHCw8AQeG1wABBKyAAEPkCAAsTAEGPuMAAQd0AQcC4wAAQiwIACw8AIAAoAgAtAAAgARCSAQsNACAAIAEgAhCWAkEACw8AIABB0ILBACABIAIQRwsNACAAJQEgASUBEBoaCw0AQfiXwQBBAToAAAALDgAgACABQYjKwAAQmQMLDgAgACABQe+0wAAQmQMLCQAgACABECgACwsAIAAlARAnQQBHCwsAIAAlARAmQQBHCwwAIAAQyQMgABCaAwsNACABQazGwABBGBA8Cw0AIAFBjMbAAEEgEDwLCgAgAEEIaxDoAgsKACAAQQhrENMBCwoAIABBCGsQ6QILCQAgAEEUENABCwwAIAAoAgAgARClAwsLACAAKAIAIAEQagsLACAAIAEQ2QFBAAsMACAAIAEpAgA3AwALCgAgACgCABDnAgsKABCXASAAEIkBCwkAIABBADYCAAsIACAAJQEQCAsIACAAJQEQCgsDAAALYwEBfyMAQTBrIgQkACAEIAI2AgwgBCABNgIIIAQgACkDCDcDGCAEIAApAwA3AxAgBEEPNgIsIARBwQA2AiQgBCAEQQhqNgIoIAQgBEEQajYCICADIARBIGoQ6AEgBEEwaiQACygBAX8jAEEQayICJAAgAiACQQ9qrSABhDcDAEGah8AAIAIgABCLAgALLQEBfyABQQhrIgMgAygCAEEBaiIDNgIAIANFBEAACyAAIAE2AgQgACACNgIACzoBAX8jAEEQayIDJAAgAyABNgIEIAMgADYCACADQRI2AgwgAyADNgIIIAIgA0EIahDoASADQRBqJAALQAEBfyABKAIAIQQgAUEANgIAIAQEQCAEQQhqIAMgAhCHASAEEOMCIABBADYCAA8LIAIQmgNBkJ3AAEEcELgDAAsL35EBGABBgIDAAAvlJEZyb21VdGY4RXJyb3JieXRlc2Vycm9yVXRmOEVycm9ydmFsaWRfdXBfdG9lcnJvcl9sZW4NYmVnaW4gPiBlbmQgKMADID4gwBApIHdoZW4gc2xpY2luZyBgwAFgwAARc3RhcnQgYnl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9mIGDAAWDAAA9lbmQgYnl0ZSBpbmRleCDAFiBpcyBvdXQgb2YgYm91bmRzIG9mIGDAAWDAABFzdGFydCBieXRlIGluZGV4IMAmIGlzIG5vdCBhIGNoYXIgYm91bmRhcnk7IGl0IGlzIGluc2lkZSDACCAoYnl0ZXMgwAYpIG9mIGDAAWDAAA9lbmQgYnl0ZSBpbmRleCDAJiBpcyBub3QgYSBjaGFyIGJvdW5kYXJ5OyBpdCBpcyBpbnNpZGUgwAggKGJ5dGVzIMAGKSBvZiBgwAFgwADACSBtdXN0IGJlIMAMIGJ5dGVzLCBnb3QgwAAWc2xpY2UgaW5kZXggc3RhcnRzIGF0IMANIGJ1dCBlbmRzIGF0IMAAIGluZGV4IG91dCBvZiBib3VuZHM6IHRoZSBsZW4gaXMgwBIgYnV0IHRoZSBpbmRleCBpcyDAABJyYW5nZSBzdGFydCBpbmRleCDAIiBvdXQgb2YgcmFuZ2UgZm9yIHNsaWNlIG9mIGxlbmd0aCDAABByYW5nZSBlbmQgaW5kZXggwCIgb3V0IG9mIHJhbmdlIGZvciBzbGljZSBvZiBsZW5ndGggwAAHc3RyaW5nIMAAD3Vua25vd24gZmllbGQgYMAMYCwgZXhwZWN0ZWQgwAAPaW52YWxpZCBsZW5ndGggwAssIGV4cGVjdGVkIMAAD2ludmFsaWQgdmFsdWU6IMALLCBleHBlY3RlZCDAAA5pbnZhbGlkIHR5cGU6IMALLCBleHBlY3RlZCDAAB50aGUgYnVuZGxlIGhhcyBubyBpbWFnZSBuYW1lZCDAABNpbnZhbGlkIHJlY2lwaWVudDogwAAQYXNzZXJ0aW9uIGBsZWZ0IMAXIHJpZ2h0YCBmYWlsZWQKICBsZWZ0OiDACQogcmlnaHQ6IMAAHWludmFsaWQgQXJnb24yaWQgcGFyYW1ldGVyczogwAATaW52YWxpZCBwcmluY2lwYWw6IMAAEm1hbGZvcm1lZCBidW5kbGU6IMAAEGxpbWl0IGV4Y2VlZGVkOiDAAMACOiDAACZ1bnN1cHBvcnRlZCBwYW5lbGNyeXB0IGZvcm1hdCB2ZXJzaW9uIMAUOyB1cGdyYWRlIHBhbmVsY3J5cHQAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9jZWxsL2xhenkucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2lub3V0LTAuMi42L3NyYy9pbm91dC5ycwBjb3JlL3NyYy9tYW5pZmVzdC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2FsbG9jL3NyYy9mbXQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NoYTItMC4xMS4xL3NyYy9zaGEyNTYvc29mdC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2hhMi0wLjExLjEvc3JjL3NoYTUxMi9zb2Z0LnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9hZXMtMC45LjQvc3JjL2JhY2tlbmRzL2ZpeHNsaWNlL3V0aWxzLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL2Vycm9yLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvY29yZS9zcmMvc2xpY2UvaXRlci5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2Yvc2VyZGVfanNvbi0xLjAuMTU0L3NyYy9zZXIucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy9zdHIvcGF0dGVybi5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvanMtc3lzLTAuMy4xMDcvc3JjL2Z1dHVyZXMvanNwaS5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvY2lwaGVyLTAuNS4yL3NyYy9zdHJlYW0vY29yZV9hcGkucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9hbGxvYy9zcmMvc3RyaW5nLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvZnV0dXJlcy9xdWV1ZS5ycwBjb3JlL3NyYy9idW5kbGUucnMAL3J1c3RjLzU5ODA3NjE2ZTFmYTI1NDA3MjRiZmJhYzE0ZDc5NzZkN2U0YTM4NjAvbGlicmFyeS9jb3JlL3NyYy91bmljb2RlL3ByaW50YWJsZS5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmFzZTY0LTAuMjIuMS9zcmMvZW5jb2RlLnJzAC9ydXN0L2RlcHMvaGFzaGJyb3duLTAuMTYuMS9zcmMvcmF3L21vZC5ycwAvcnVzdGMvNTk4MDc2MTZlMWZhMjU0MDcyNGJmYmFjMTRkNzk3NmQ3ZTRhMzg2MC9saWJyYXJ5L2NvcmUvc3JjL2ZtdC9tb2QucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL21vZC5ycwAvY2FyZ28vaW5kZXguY3JhdGVzLmlvLTE5NDljZjhjNmI1YjU1N2YvYmFzZTY0LTAuMjIuMS9zcmMvZW5naW5lL2dlbmVyYWxfcHVycG9zZS9tb2QucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2Jhc2U2NC0wLjIyLjEvc3JjL2VuZ2luZS9tb2QucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL3NlcmRlX2NvcmUtMS4wLjIyOS9zcmMvZGUvbW9kLnJzAC9ydXN0Yy81OTgwNzYxNmUxZmEyNTQwNzI0YmZiYWMxNGQ3OTc2ZDdlNGEzODYwL2xpYnJhcnkvYWxsb2Mvc3JjL3Jhd192ZWMvbW9kLnJzAGNvcmUvc3JjL2NodW5rZWQucnMAL2NhcmdvL2luZGV4LmNyYXRlcy5pby0xOTQ5Y2Y4YzZiNWI1NTdmL2pzLXN5cy0wLjMuMTA3L3NyYy9mdXR1cmVzL3Rhc2svc2luZ2xldGhyZWFkLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9zZXJkZV9qc29uLTEuMC4xNTQvc3JjL3JlYWQucnMAL3J1c3QvZGVwcy9kbG1hbGxvYy0wLjIuMTEvc3JjL2RsbWFsbG9jLnJzAHdhc20tZGVjb2Rlci9zcmMvbGliLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9qcy1zeXMtMC4zLjEwNy9zcmMvbGliLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi91bml2ZXJzYWwtaGFzaC0wLjYuMS9zcmMvbGliLnJzAC9jYXJnby9pbmRleC5jcmF0ZXMuaW8tMTk0OWNmOGM2YjViNTU3Zi9ibG9jay1idWZmZXItMC4xMi4xL3NyYy9saWIucnMAEGZsb2F0aW5nIHBvaW50IGDAAWAAAWDABmAgb3IgYMABYAALY2hhcmFjdGVyIGDAAWAACWludGVnZXIgYMABYAAJYm9vbGVhbiBgwAFgAA9taXNzaW5nIGZpZWxkIGDAAWAAEWR1cGxpY2F0ZSBmaWVsZCBgwAFgAAFgwAFgAHBhbmVsY3J5cHQvdjEAJmNvcHlfZnJvbV9zbGljZTogc291cmNlIHNsaWNlIGxlbmd0aCAowCspIGRvZXMgbm90IG1hdGNoIGRlc3RpbmF0aW9uIHNsaWNlIGxlbmd0aCAowAEpAAAAJgkQAEkAAAADAQAADwAAACYJEABJAAAA2gAAACcAAABmaW5pc2g6IGNhbGxiYWNrcyBzaG91bGQgYmUgU29tZSYJEABJAAAA2wAAABEAAABmaW5pc2g6IHJlc3VsdCBzaG91bGQgYmUgTm9uZQAAACYJEABJAAAA3wAAABEAAABhdHRlbXB0ZWQgdG8gdGFrZSBvd25lcnNoaXAgb2YgUnVzdCB2YWx1ZSB3aGlsZSBpdCB3YXMgYm9ycm93ZWRyZWN1cnNpdmUgdXNlIG9mIGFuIG9iamVjdCBkZXRlY3RlZCB3aGljaCB3b3VsZCBsZWFkIHRvIHVuc2FmZSBhbGlhc2luZyBpbiBydXN0AABIAAAABAAAAAQAAABJAAAASgAAAEgAAAAEAAAABAAAAEsAAABMAAAARm5PbmNlIGNhbGxlZCBtb3JlIHRoYW4gb25jZWhlYWRlcl92ZXJpZmljYXRpb25ub3RfYV9idW5kbGV1bnN1cHBvcnRlZF92ZXJzaW9ubWFsZm9ybWVkAIgLEAAXAAAAXgAAACUAAAABAAFBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWmFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OSsv/////////////////////////////////////////////////////////z7///8/NDU2Nzg5Ojs8Pf////////8AAQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGf///////xobHB0eHyAhIiMkJSYnKCkqKywtLi8wMTIz/////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////3Nsb3RzYnVuZGxlX2lkY2Fubm90IGVuY29kZSB0aGUgc2xvdCBzZWN0aW9uY3J5cHRvc3VidGxlZGVjcnlwdHJhd0FFUy1HQ02ICxAAFwAAAFQBAAAcAAAAYnJvd3NlcldlYkNyeXB0byByZWZ1c2VkIHRvIGltcG9ydCBhbiBBRVMtR0NNIGtleW9iamVjdF92ZXJpZmljYXRpb25pbWFnZSBmYWlsZWQgdmVyaWZpY2F0aW9uOiBpdCB3YXMgbW9kaWZpZWQsIHN3YXBwZWQgb3IgdHJ1bmNhdGVkIG9uIHRoZSBob3N0dmFyaWFudG5vX3N1Y2hfaW1hZ2Vub3QgYW4gb2JqZWN0IGlkdGhlIGJ1bmRsZSBoYXMgbm8gc3VjaCBvYmplY3QAAACICxAAFwAAAAcBAAAbAAAAV2ViQ3J5cHRvIGlzIG5vdCBhdmFpbGFibGUgaW4gdGhpcyBwYWdlYmFkX2tleXRoZSBrZXkgc2VydmljZSBhbnN3ZXJlZCBmb3IgYW5vdGhlciBidW5kbGV0aGUga2V5IHNlcnZpY2Ugc2VudCBhIGtleSBvZiB0aGUgd3JvbmcgbGVuZ3RoY2Fubm90IGVuY29kZSBlbnRyeWNhbm5vdCBlbmNvZGUgY2hvaWNldGhlIGJyb3dzZXIgcmVmdXNlZCB0byBidWlsZCBhIEJsb2Jjb2RlAAAATQAAAAwAAAAEAAAATgAAAE8AAABQAEHwpMAAC/0CAQAAAFEAAABSAAAAFAAAAAQAAABTAAAAawgQAEMAAABQAAAAMwAAAHVzaXplIG92ZXJmbG93IHdoZW4gY2FsY3VsYXRpbmcgYjY0IGxlbmd0aAAAawgQAEMAAABXAAAACgAAAEludmFsaWQgVVRGOMgJEABHAAAAfwAAACQAAABUAAAAUAEAAAgAAABVAAAAVgAAACYJEABJAAAAQgEAABUAAABXAAAAoAIAAAgAAABYAAAAY2FsbGVkIGBPcHRpb246OnVud3JhcF90aHJvdygpYCBvbiBhIGBOb25lYCB2YWx1ZQAAACYJEABJAAAADQEAACQAAABjYWxsZWQgYFJlc3VsdDo6dW53cmFwX3Rocm93KClgIG9uIGFuIGBFcnJgIHZhbHVlAAAAEwAAAAwAAAATAAAArA4QAL8OEADLDhAAY2FwYWNpdHkgb3ZlcmZsb3cAAABZChAAUAAAABwAAAAFAAAAWQAAAAwAAAAEAAAAWgAAAFsAAABcAEH4p8AAC5cPAQAAAF0AAABhIGZvcm1hdHRpbmcgdHJhaXQgaW1wbGVtZW50YXRpb24gcmV0dXJuZWQgYW4gZXJyb3Igd2hlbiB0aGUgdW5kZXJseWluZyBzdHJlYW0gZGlkIG5vdAAAfgQQAEgAAACPAgAADgAAAE5vbmVTb21lawgQAEMAAACKAAAACQAAAHAJEABXAAAAlgAAAA0AAABwCRAAVwAAAJcAAAANAAAAcAkQAFcAAACaAAAADQAAAHAJEABXAAAAngAAAA0AAABwCRAAVwAAAJ8AAAANAAAAcAkQAFcAAACHAAAAJQAAAHAJEABXAAAAiAAAACsAAABwCRAAVwAAAIoAAAANAAAAcAkQAFcAAACLAAAADQAAAHAJEABXAAAAjQAAAA0AAABwCRAAVwAAAI8AAAANAAAAcAkQAFcAAABAAAAAGwAAAHAJEABXAAAAQgAAACAAAABwCRAAVwAAAE4AAAARAAAAcAkQAFcAAABPAAAAEQAAAHAJEABXAAAAUAAAABEAAABwCRAAVwAAAFEAAAARAAAAcAkQAFcAAABSAAAAEQAAAHAJEABXAAAAUwAAABEAAABwCRAAVwAAAFQAAAARAAAAcAkQAFcAAABVAAAAEQAAAHAJEABXAAAAWQAAABEAAABwCRAAVwAAAFoAAAARAAAAcAkQAFcAAABbAAAAEQAAAHAJEABXAAAAXAAAABEAAABwCRAAVwAAAF0AAAARAAAAcAkQAFcAAABeAAAAEQAAAHAJEABXAAAAXwAAABEAAABwCRAAVwAAAGAAAAARAAAAcAkQAFcAAABkAAAAEQAAAHAJEABXAAAAZQAAABEAAABwCRAAVwAAAGYAAAARAAAAcAkQAFcAAABnAAAAEQAAAHAJEABXAAAAaAAAABEAAABwCRAAVwAAAGkAAAARAAAAcAkQAFcAAABqAAAAEQAAAHAJEABXAAAAawAAABEAAABwCRAAVwAAAG8AAAARAAAAcAkQAFcAAABwAAAAEQAAAHAJEABXAAAAcQAAABEAAABwCRAAVwAAAHIAAAARAAAAcAkQAFcAAABzAAAAEQAAAHAJEABXAAAAdAAAABEAAABwCRAAVwAAAHUAAAARAAAAcAkQAFcAAAB2AAAAEQAAAABwAAcALQEBAQIBAgEBSAswFRABZQcCBgICAQQjAR4bWws6CQkBGAQBCQEDAQUrAzsJKhgBIDcBAQEECAQBAwcKAh0BOgEBAQIECAEJAQoCGgECAjkBBAIEAgIDAwEeAgMBCwI5AQQFAQIEARQCFgYBAToBAQIBBAgBBwMKAh4BOwEBAQwBCQEoAQMBNwEBAwUDAQQHAgsCHQE6AQICAQEDAwEEBwILAhwCOQIBAQIECAEJAQoCHQFIAQQBAgMBAQgBUQECBwwIYgECCQsHSQIbAQEBAQE3DgEFAQIFCwEkCQFmBAEGAQICAhkCBAMQBA0BAgIGAQ8BAAMABBwDHQIeAkACAQcIAQILCQEtAwEBdQIiAXYDBAIJAQYD2wICAToBAQcBAQEBAggGCgIBMC4CDBQEMAoEAyYJDAIgBAIGOAEBAgMBAQU4CAICmAMBDQEHBAEGAQMCxkAAAcMhAAONAWAgAAZpAgAEAQogAlACAAEDAQQBGQIFAZcCGhINASYIGQsBASwDMAECBAICAgEkAUMGAgICAgwBCAEvATMBAQMCAgUCAQEqAggB7gECAQQBAAEAEBAQAAIAAeIBlQUAAwECBQQoAwQBpQIABEEFAAJNBkYLMQR7ATYPKQECAgoDMQQCAgcBPQMkBQEIPgEMAjQJAQEIBAIBXwMCBAYBAgGdAQMIFQI5AgEBAQEMAQkBDgcDBUMBAgYBAQIBAQMEAwEBDgJVCAIDAQEXAVEBAgYBAQIBAQIBAusBAgQGAgECGwJVCAIBAQJqAQEBAghlAQEBAgQBBQAJAQL1AQoEBAGQBAICBAEgCigGAgQIAQkGAgMuDQECxgEBAwEByQcBBgEBUhYCBwECAQJ6BgMBAQIBBwEBSAIDAQEBAAILAjQFBQMXAQABBg8ADAMDAAU7BwABPwRRAQsCAAIALgIXAAUDBggIAgceBJQDADcEMggBDgEWBQEPAAcBEQIHAQIBBWQBoAcAAT0EAAT+AvMBAgEHAgUBAAdtBwBggPAAAAAAAAAEAAAABAAAAF4AAAAgeyA6ICB7CiwKKCgKCildIH0AAAAAAAAMAAAABAAAAF8AAABgAAAAYQAAAIMGEABPAAAAZwYAABUAAACDBhAATwAAAJUGAAAVAAAAgwYQAE8AAACWBgAAFQAAAIMGEABPAAAAdAUAACgAAACDBhAATwAAAHQFAAASAAAAWy4uLl1jYWxsZWQgYE9wdGlvbjo6dW53cmFwKClgIG9uIGEgYE5vbmVgIHZhbHVlPT1bAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEAQdG3wAALMwICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgMDAwMDAwMDAwMDAwMDAwMEBAQEBABBj7jAAAuWEUxhenlDZWxsIGluc3RhbmNlIGhhcyBwcmV2aW91c2x5IGJlZW4gcG9pc29uZWQAAADaAxAATQAAAHQBAAAFAAAAAAYBAQMBBAIFBwcCCAgJAgoFCwIOBBABEQISBRMcFAEVAhcCGQ0cBR0IHwEkAWoEawJuAq8DsQK8As8C0QLUDNUJ1gLXAtoB4AXhAuYB5wToAu4g8AT4AvoF+wEMJzs+Tk+Pnp6fe4uTlqKyuoaxBgcJNj0+VvPQ0QQUGDY3Vld/qq6vvTXgEoeJjp4EDQ4REikxNDpFRklKTk9kZYqMjY+2wcPExsvWXLa3GxwHCAoLFBc2OTqoqdjZCTeQkagHCjs+ZmmPkhFvX7/u71piubr0/P9TVJqbLi8nKFWdoKGjpKeorbq8xAYLDBUdOj9FUaanzM2gBxkaIiU+P9/n7O//xcYEICMlJigzODpISkxQU1VWWFpcXmBjZWZrc3h9f4qkqq+wwNCur25vx93ek14iewUDBC0DZgMBLy6Agh0DMQ8cBCQJHgUrBUQEDiqAqgYkBCQEKAg0C04DNAyBNwkWCggYO0U5A2MICTAWBSEDGwUbJjgESwUvBAoHCQdAICcEDAk2AzoFGgcEDAdQSTczDTMHLggKBiYDHQgCgNBSEAYICSEuCCoWGiYcFBcJTgQkCUQNGQcKBkgIJwl1C0I+KgY7BQoGUQYBBRADBQtZCAIdYh5ICAqApl4iRQsKBg0TOgYKBhQcLAQXgLk8ZFMMSAkKRkUbSAhTDUkHClYIWCIOCgZGCh0DR0k3Aw4ICgY5BwoGLAQKgPYZBzsDHVUBDzINg5tmdQuAxIpMYw2EMBAWCo+bBYJHmrk6hsaCOQcqBFwGJgpGCigFE4GwOoDGWwU0LEsEOQcRQAULBwmc1ikgYXOh/YEzDwEdBg4ECIGMiQRrBQ0DCQcQj2CA/QOBtAYXDxEPRwl0PID2CnMIcBVGehQMFAxXCRmAh4FHA4VCDxWEUB8GBoDVKwU+IQFwLQMaBAKBQB8ROgUBgdAqgNYrBAGAwDYIAoDggPcpTAQKBAKDEURMPYDCPAYBBFUFGzQCgQ4sBGQMVgqArjgdDSwECQcCDgaAmoPZAxEDDQOA2gYMBAEPDAQ4CAoGKAgsBAIOCSeBWAgdAwsDOwQeBAoHgPuEBQABAwUFBgYCBwYIBwkRChwLGQwZDRAODA8EEAMSEhMJFgEXBBgBGQMaCRsBHAIfFiADKwItCy4BMAQxAjIBqQKqBKsI+gL7Bf4D/wmteHmLjaIwV1iLjJAc3Q4PS0z7/C4vP1xdX+KEjY6RkqmxurvFxsnK3uTl/wAEERIpMTQ3Ojs9SUpdhI6SqbG0urvGys7P5OUABA0OERIpMTQ6O0VGSUpeZGWEkZudyc7PDREpOjtFSVdbXl9kZY2RqbS6u8XJ3+Tl8A0RRUlkZYCEsry+v9XX8PGDhYukpr6/xcfP2ttImL3Nxs7PSU5PV1leX4mOj7G2t7/BxsfXERYXW1z29/7/gG1x3t8OH25vHB1ffX6ur97fTbu8FhceH0ZHTk9YWlxefn+1xdTV3PDx9XJzj3R1Ji4vp6+3v8fP19+aAECXmDCPH87/Tk9aWwcIDxAnL+7vbm83PT9CRVNndcjJ0NHY2ef+/wAgXyKC3wSCRAgbBAYRgawOgKsFIAeBHAMZCAEELwQ0BAcDAQcGBxEKUA8SB1UHAwQcCgkDCAMHAwIDAwMMBAUDCwYBDhUFTgcbB1cHAgUYDFAEQwMtAwEEEQYPDDoEHSVfIG0EaiWAyAWCsAMaBoL9A1kHFgkYCRQMFAxqBgoGGgZZBysFRgosBAwEAQMxCywEGgYLA4CsBgoGTBSA9Ag8Aw8DPgU4CCsFgv8RGAgvES0DIg4hD4CMBIKaFgsViJQFLwU7BwIOGAmAviJ0DIDWGoEQBYDhCfKeAzcJgVwUgLgIgN0UPAMKBjgIRggMBnQLHgNaBFkJgIMYHAoWCUwEgIoGq6QMFwQxoQSB2iYHDAUFgrMgKgZMBICNBIC+AxsDDw0VCBAAVQAAAAoAAAArAAAAFQgQAFUAAAAaAAAANgAAAGBhc3luYyBmbmAgcmVzdW1lZCBhZnRlciBjb21wbGV0aW9uAAADAACDBCAAkQVgAF0ToAASFyAfDCBgH+8sYCsqMOArb6agLAKoIC0e+yAuAP5gNp7/oDb9ASE3AQphNyQNITirDqE5LxghOvMeIUtANKFTHmHhVPBqYVVPb+FVnbxhVgDPYVdl0aFXANohWADgoVmu4iFb7OThXNDoYV0gAO5e8AF/XyAgICAweDAxMjM0NTY3ODlBQkNERUZmYWxzZXRydWUA2ggQAEsAAAB+CwAAJgAAANoIEABLAAAAhwsAABoAAABSZWZDZWxsIGFscmVhZHkgbXV0YWJseSBib3Jyb3dlZFJlZkNlbGwgYWxyZWFkeSBib3Jyb3dlZEhhc2ggdGFibGUgY2FwYWNpdHkgb3ZlcmZsb3evCBAAKgAAACUAAAAoAAAAYgAAAAQAAAAEAAAAYwAAAGQAAABjbG9zdXJlIGludm9rZWQgcmVjdXJzaXZlbHkgb3IgYWZ0ZXIgYmVpbmcgZHJvcHBlZGludGVybmFsIGVycm9yOiBlbnRlcmVkIHVucmVhY2hhYmxlIGNvZGUAANoDEABNAAAA/gAAAC4AAADaAxAATQAAAO0AAABMAAAAoAsQAEEAAAD5OwAAAQAAAGoAAABrAAAAbAAAAG0AAADTBhAASgAAAMgAAAAsAAAA0wYQAEoAAAC7AAAAIAAAAG4AAABvAAAAcAAAAHEAAAC+ChAAVwAAAJwAAAAlAAAAtgcQAEsAAAAnAAAALgAAALYHEABLAAAAKgAAACkAAAC2BxAASwAAAEAAAAAaAAAARXJyb3IAAACDBhAATwAAAM0BAAA3AEGwycAACwUBAAAAcwBBwMnAAAsFAQAAAHQAQdDJwAAL8xABAAAAdQAAAHVsbHJ1ZWFsc2UAAD0GEABFAAAALAgAACgAAAA9BhAARQAAAC0IAAAwAAAAfSJ7LDoAAAAqDBAARgAAALkAAAAnAAAA4gsQAEcAAABrAAAAKAAAAAIIEAASAAAAgQEAAAoAAABvYmplY3QAAAIIEAASAAAAbgAAABQAAAACCBAAEgAAAHAAAAAeAAAAAggQABIAAABxAAAAJwAAAAIIEAASAAAAcQAAADQAAABhIHNsb3QgYm9keSBoYXMgdGhlIHdyb25nIGxlbmd0aCBmb3IgaXRzIHR5cGVoZWFkZXIgZW5kcyBpbnNpZGUgYSBzbG90IGJvZHloZWFkZXIgZW5kcyBpbnNpZGUgYSBzbG90c2xvdCBjb3VudCBtdXN0IGJlIGJldHdlZW4gMSBhbmQgMTAyNHJlc2VydmVkIGZsYWdzIGJ5dGUgaXMgbm90IHplcm9oZWFkZXIgaXMgc2hvcnRlciB0aGFuIGl0cyBmaXhlZCBmaWVsZHMAAggQABIAAADpAAAALQAAAG1hbmlmZXN0AggQABIAAACgAAAAKAAAAAIIEAASAAAAoAAAADAAAAACCBAAEgAAAKAAAAA8AAAAAggQABIAAACgAAAASAAAAAIIEAASAAAArgAAAB8AAAACCBAAEgAAAK4AAAANAAAAaGVhZGVyIGxlbmd0aCBkb2VzIG5vdCBtYXRjaCBpdHMgbWFuaWZlc3QgbGVuZ3RoICh0cnVuY2F0ZWQgb3IgdHJhaWxpbmcgYnl0ZXMpbWFuaWZlc3QgbGVuZ3RoIGlzIG5vdCBhIHZhbGlkIGNpcGhlcnRleHQgbGVuZ3RoaGVhZGVyIGVuZHMgYmVmb3JlIHRoZSBtYW5pZmVzdCBsZW5ndGhoZWFkZXIgbGFyZ2VyIHRoYW4gdGhlIGZvcm1hdCBhbGxvd3NwYW5lbGNyeXB0L3YxIGhlYWRlci1tYWOUJxAAGAAAAKoKEAATAAAA0AAAACEAAACqChAAEwAAANAAAAANAAAAqgoQABMAAABVAAAADwAAAEFFQURfQUVTXzI1Nl9HQ01jMnNwLm9yZy9jaHVua2VkLWVuY3J5cHRpb25AdjErAKoKEAATAAAAaQEAABsAAABhbiBvYmplY3QgaWQgYXBwZWFycyB0d2ljZW9iamVjdCBsZW5ndGggZXhjZWVkcyAxIFRpQm1lZGlhIHR5cGUgaXMgbm90IGEgdHlwZS9zdWJ0eXBlIHRva2VuLystLm5hbWV3aWR0aGhlaWdodHZhcmlhbnRzcGxhY2Vob2xkZXIAAACDKBAABAAAADwlEAAGAAAAhygQAAUAAACMKBAABgAAAJIoEAAIAAAAmigQAAsAAACHKBAABQAAAIwoEAAGAAAAPCUQAAYAAAB2ZXJzaW9uZW50cmllcwAA8CgQAAcAAAD3KBAABwAAAGlkbGVudHlwZQAAABApEAACAAAAEikQAAMAAAAVKRAABAAAAGRhdGEVKRAABAAAADQpEAAEAAAAaQQQABQAAADqAAAAOAAAAG1hbmlmZXN0IHBhZGRpbmcgaXMgbm90IFBBRE3DiSB6ZXJvIHBhZGRpbmdtYW5pZmVzdCBsZW5ndGggZmllbGQgZXhjZWVkcyB0aGUgcGxhaW50ZXh0bWFuaWZlc3QgcGxhaW50ZXh0IHNob3J0ZXIgdGhhbiBpdHMgbGVuZ3RoIGZpZWxkbWFuaWZlc3QgaXMgbm90IHZhbGlkIEpTT04gb2YgdGhlIGRvY3VtZW50ZWQgc2hhcGVwbGFjZWhvbGRlciBsYXJnZXIgdGhhbiA0IEtpQnZhcmlhbnQgd2lkdGhzIG11c3QgYmUgbm9uLXplcm8gYW5kIHN0cmljdGx5IGluY3JlYXNpbmdtb3JlIHRoYW4gMTYgdmFyaWFudHMgaW4gb25lIGVudHJ5d2lkdGggYW5kIGhlaWdodCBtdXN0IGJvdGggYmUgcHJlc2VudCBhbmQgbm9uLXplcm8sIG9yIGJvdGggYWJzZW50ZW50cmllcyBhcmUgbm90IHNvcnRlZCBieSBuYW1lIG9yIGEgbmFtZSByZXBlYXRzZW50cnkgbmFtZSBtdXN0IGJlIGEgcmVsYXRpdmUgcGF0aCB3aXRob3V0ICcuJywgJy4uJywgZW1wdHkgc2VnbWVudHMsIGJhY2tzbGFzaGVzIG9yIGNvbnRyb2wgY2hhcmFjdGVyc2VudHJ5IG5hbWUgaXMgZW1wdHkgb3IgbG9uZ2VyIHRoYW4gMTAyNCBieXRlc21vcmUgdGhhbiAxMDAwMDAgZW50cmllc21hbmlmZXN0IHZlcnNpb24gaXMgbm90IDEuLi5idW5kbGUga2V5YSBzZXF1ZW5jZXN0cnVjdCBFbnRyeXN0cnVjdCBFbnRyeSB3aXRoIDYgZWxlbWVudHPgKxAAHAAAAAAAAAAIAAAABAAAAHYAAABzdHJ1Y3QgVmFyaWFudHN0cnVjdCBWYXJpYW50IHdpdGggMyBlbGVtZW50cyIsEAAeAAAAc3RydWN0IE1hbmlmZXN0c3RydWN0IE1hbmlmZXN0IHdpdGggMiBlbGVtZW50cwAAVywQAB8AAABzdHJ1Y3QgT2JqZWN0UmVmc3RydWN0IE9iamVjdFJlZiB3aXRoIDMgZWxlbWVudHOQLBAAIAAAAHN0cnVjdCBQbGFjZWhvbGRlcnN0cnVjdCBQbGFjZWhvbGRlciB3aXRoIDIgZWxlbWVudHPKLBAAIgAAAFUFEABQAAAAZgAAACIAAABVBRAAUAAAAGYAAAAJAAAAVQUQAFAAAABWAAAAEgAAAFUFEABQAAAAVgAAAEIAAAAAAAAA//////////84LRAAQdDawAALFXcAAAAMAAAABAAAAHgAAAB5AAAAUABB8NrAAAumBAEAAABRAAAAYSBEaXNwbGF5IGltcGxlbWVudGF0aW9uIHJldHVybmVkIGFuIGVycm9yIHVuZXhwZWN0ZWRseQBqBxAASwAAAGQLAAAOAAAAbWlkID4gbGVuAAAAKAQQAEAAAADCAAAAIAAAACgEEABAAAAAwgAAACoAAAAoBBAAQAAAAMIAAAAVAAAAKAQQAEAAAADaAAAAJwAAACgEEABAAAAA2gAAACoAAAAoBBAAQAAAANoAAAA0AAAAKAQQAEAAAADaAAAANwAAACgEEABAAAAA2gAAABwAAABkZWNyeXB0aW9uIGZhaWxlZDogd3Jvbmcga2V5LCBvciB0aGUgZGF0YSB3YXMgbW9kaWZpZWQsIHN3YXBwZWQgb3IgdHJ1bmNhdGVkbm90IGEgcGFuZWxjcnlwdCBidW5kbGUgKGJhZCBtYWdpYyBieXRlcylubyBrZXkgc2xvdCBpbiB0aGlzIGJ1bmRsZSBjYW4gYmUgb3BlbmVkIHdpdGggdGhlIGdpdmVuIGtleXN0aGUgc3lzdGVtIHJhbmRvbSBudW1iZXIgZ2VuZXJhdG9yIGZhaWxlZAAAHgcQAEsAAACAAAAAFAAAAB4HEABLAAAAgwAAABcAAABvYmplY3QgaWQgaXMgbm90IDMyIGxvd2VyLWNhc2UgaGV4IGRpZ2l0c29iamVjdCBpZCBpcyBub3QgaGV4U3RyZWFtQ2lwaGVyRXJyb3IAQaDfwAALrQEBAAAAegAAAG51bWJlciBvZiByZW1haW5pbmcgYmxvY2tzIGluc3VmZmljaWVudAAeBxAASwAAAJIAAAAOAAAAZ+YJaoWuZ7ty8248OvVPpX9SDlGMaAWbq9mDHxnN4FsIybzzZ+YJajunyoSFrme7K/iU/nLzbjzxNh1fOvVPpdGC5q1/Ug5RH2w+K4xoBZtrvUH7q9mDH3khfhMZzeBb7gUQAE4AAADmBQAAJQBB2ODAAAsFAQAAAHsAQejgwAALBQEAAAB7AEH44MAACwUBAAAAfABBiOHAAAsFAQAAAH0AQZjhwAALBQEAAAB+AEGo4cAACwUBAAAAfwBBuOHAAAsFAQAAAIAAQcjhwAAL2gEBAAAAgQAAAHUzMnU2NGV4cGxpY2l0IHBhbmljEAoQAEgAAAAkCQAAEgAAAG9uZSBvZiAsIGJ5dGUgYXJyYXlPcHRpb24gdmFsdWVuZXd0eXBlIHN0cnVjdHNlcXVlbmNlbWFwZW51bXVuaXQgdmFyaWFudG5ld3R5cGUgdmFyaWFudHR1cGxlIHZhcmlhbnRzdHJ1Y3QgdmFyaWFudGEgYm9ycm93ZWQgc3RyaW5nYSBzdHJpbmd1dXV1dXV1dWJ0bnVmcnV1dXV1dXV1dXV1dXV1dXV1dQAAIgBB2+PAAAsBXABB/+TAAAvTJzAxMjM0NTY3ODlhYmNkZWZhc3NlcnRpb24gZmFpbGVkOiBzZWxmLmlzX2NoYXJfYm91bmRhcnkobmV3X2xlbikAAAAAAAAA8D8AAAAAAAAkQAAAAAAAAFlAAAAAAABAj0AAAAAAAIjDQAAAAAAAavhAAAAAAICELkEAAAAA0BJjQQAAAACE15dBAAAAAGXNzUEAAAAgX6ACQgAAAOh2SDdCAAAAopQabUIAAEDlnDCiQgAAkB7EvNZCAAA0JvVrDEMAgOA3ecNBQwCg2IVXNHZDAMhOZ23Bq0MAPZFg5FjhQ0CMtXgdrxVEUO/i1uQaS0SS1U0Gz/CARPZK4ccCLbVEtJ3ZeUN46kSRAigsKosgRTUDMrf0rVRFAoT+5HHZiUWBEh8v5yfARSHX5vrgMfRF6oygOVk+KUYksAiI741fRhduBbW1uJNGnMlGIuOmyEYDfNjqm9D+RoJNx3JhQjNH4yB5z/kSaEcbaVdDuBeeR7GhFirTztJHHUqc9IeCB0ilXMPxKWM9SOcZGjf6XXJIYaDgxHj1pkh5yBj21rLcSEx9z1nG7xFJnlxD8LdrRknGM1TspQZ8SVygtLMnhLFJc8ihoDHl5UmPOsoIfl4bSppkfsUOG1FKwP3ddtJhhUowfZUUR7q6Sj5u3WxstPBKzskUiIfhJEtB/Blq6RlaS6k9UOIxUJBLE03kWj5kxEtXYJ3xTX35S224BG6h3C9MRPPC5OTpY0wVsPMdXuSYTBuccKV1Hc9MkWFmh2lyA031+T/pA084TXL4j+PEYm5NR/s5Drv9ok0ZesjRKb3XTZ+YOkZ0rA1OZJ/kq8iLQk49x93Wui53Tgw5lYxp+qxOp0Pd94Ec4k6RlNR1oqMWT7W5SROLTExPERQO7NavgU8WmRGnzBu2T1v/1dC/outPmb+F4rdFIVB/LyfbJZdVUF/78FHv/IpQG502kxXewFBiRAT4mhX1UHtVBbYBWypRbVXDEeF4YFHIKjRWGZeUUXo1wavfvMlRbMFYywsWAFLH8S6+jhs0Ujmuum1yImlSx1kpCQ9rn1Id2Lll6aLTUiROKL+jiwhTrWHyroyuPlMMfVftFy1zU09crehd+KdTY7PYYnX23VMecMddCboSVCVMObWLaEdULp+Hoq5CfVR9w5QlrUmyVFz0+W4Y3OZUc3G4ih6THFXoRrMW89tRVaIYYNzvUoZVyh5406vnu1U/Eytky3DxVQ7YNT3+zCVWEk6DzD1AW1bLENKfJgiRVv6UxkcwSsVWPTq4Wbyc+lZmJBO49aEwV4DtFyZzymRX4Oid7w/9mVeMscL1KT7QV+9dM3O0TQRYazUAkCFhOVjFQgD0ablvWLspgDji06NYKjSgxtrI2Fg1QUh4EfsOWcEoLevqXENZ8XL4pSU0eFmtj3YPL0GuWcwZqmm96OJZP6AUxOyiF1pPyBn1p4tNWjIdMPlId4JafiR8NxsVt1qeLVsFYtrsWoL8WEN9CCJbozsvlJyKVluMCju5Qy2MW5fmxFNKnMFbPSC26FwD9ltNqOMiNIQrXDBJzpWgMmFcfNtBu0h/lVxbUhLqGt/KXHlzS9JwywBdV1DeBk3+NF1t5JVI4D1qXcSuXS2sZqBddRq1OFeA1F0SYeIGbaAJXqt8TSREBEBe1ttgLVUFdF7MErl4qgapXn9X5xZVSN9er5ZQLjWNE19bvOR5gnBIX3LrXRijjH5fJ7M67+UXs1/xXwlr393nX+23y0VX1R1g9FKfi1alUmCxJ4curE6HYJ3xKDpXIr1gApdZhHY18mDD/G8l1MImYfT7yy6Jc1xheH0/vTXIkWHWXI8sQzrGYQw0s/fTyPthhwDQeoRdMWKpAISZ5bRlYtQA5f8eIptihCDvX1P10GKl6Oo3qDIFY8+i5UVSfzpjwYWva5OPcGMyZ5tGeLOkY/5AQlhW4Nljn2gp9zUsEGTGwvN0QzdEZHizMFIURXlkVuC8ZlmWr2Q2DDbg973jZEOPQ9h1rRhlFHNUTtPYTmXsx/QQhEeDZej5MRVlGbhlYXh+Wr4f7mU9C4/41tMiZgzOsrbMiFdmj4Ff5P9qjWb5sLvu32LCZjidauqX+/ZmhkQF5X26LGfUSiOvjvRhZ4kd7FqycZZn6ySn8R4OzGcTdwhX04gBaNeUyiwI6zVoDTr9N8pla2hIRP5inh+haFrVvfuFZ9VosUqtemfBCmmvTqys4LhAaVpi19cY53Rp8TrNDd8gqmnWRKBoi1TgaQxWyEKuaRRqj2t60xmESWpzBllIIOV/agikNy0077NqCo2FOAHr6GpM8KaGwSUfazBWKPSYd1Nru2syMX9ViGuqBn/93mq+aypkb17LAvNrNT0LNn7DJ2yCDI7DXbRdbNHHOJq6kJJsxvnGQOk0x2w3uPiQIwL9bCNzmzpWITJt609CyaupZm3m45K7FlScbXDOOzWOtNFtDMKKwrEhBm6Pci0zHqo7bpln/N9SSnFuf4H7l+ecpW7fYfp9IQTbbix9vO6U4hBvdpxrKjobRW+Ugwa1CGJ6bz0SJHFFfbBvzBZtzZac5G9/XMiAvMMZcM85fdBVGlBwQ4icROsghHBUqsMVJim5cOmUNJtvc+9wEd0AwSWoI3FWFEExL5JYcWtZkf26to5x49d63jQyw3HcjRkWwv73cVPxn5ty/i1y1PZDoQe/YnKJ9JSJyW6Xcqsx+ut7Ss1yC198c41OAnPNdlvQMOI2c4FUcgS9mmxz0HTHIrbgoXMEUnmr41jWc4amV5Yc7wt0FMj23XF1QXQYenRVztJ1dJ6Y0eqBR6t0Y//CMrEM4XQ8v3N/3U8VdQuvUN/Uo0p1Z22SC2WmgHXACHdO/s+0dfHKFOL9A+p11v5MrX5CIHaMPqBYHlNUdi9OyO7lZ4l2u2F6at/Bv3YVfYyiK9nzdlqcL4t2zyh3cIP7LVQDX3cmMr2cFGKTd7B+7MOZOsh3XJ7nNEBJ/nf5whAhyO0yeLjzVCk6qWd4pTCqs4iTnXhnXkpwNXzSeAH2XMxCGwd5gjN0fxPiPHkxoKgvTA1yeT3IkjufkKZ5TXp3Csc03HlwrIpm/KAReoxXLYA7CUZ6b604YIqLe3plbCN8Njexen9HLBsEheV6Xln3IUXmGnvblzo1689Qe9I9iQLmA4V7Ro0rg99EuntMOPuxC2vwe18Gep7OhSR89ocYRkKnWXz6VM9riQiQfDgqw8arCsR8x/RzuFYN+Xz48ZBmrFAvfTuXGsBrkmN9Cj0hsAZ3mH1MjClcyJTOfbD3mTn9HAN+nHUAiDzkN34DkwCqS91tfuJbQEpPqqJ+2nLQHONU136QjwTkGyoNf7rZgm5ROkJ/KZAjyuXIdn8zdKw8H3usf6DI64XzzOF/bnVsbP///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////wAAAQACAAMABAAFAAYABwAIAAkA//////////////////8KAAsADAANAA4ADwD/////////////////////////////////////////////////////////////////////CgALAAwADQAOAA8A////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////AAAQACAAMABAAFAAYABwAIAAkAD//////////////////6AAsADAANAA4ADwAP////////////////////////////////////////////////////////////////////+gALAAwADQAOAA8AD///////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////////8WCxAARgAAAM4BAAAaAAAAFgsQAEYAAADUAQAAHwAAABYLEABGAAAAGwIAABMAAAAWCxAARgAAACQCAAA+AAAAFgsQAEYAAAAgAgAAMwAAABYLEABGAAAAKgIAADoAAAAWCxAARgAAAMEBAABFAAAAIGF0IGxpbmUgAAAApgUQAEcAAAD3AQAAIQAAAKYFEABHAAAA+wEAAAwAAAAgY29sdW1uIKYFEABHAAAAAgIAACEAAACmBRAARwAAAAsCAAAqAAAApgUQAEcAAAAPAgAALAAAAKYFEABHAAAAFAIAAAkAAAB3AAAADAAAAAQAAACCAAAAgwAAAFAAAACDBhAATwAAADwGAAAUAAAAgwYQAE8AAAA8BgAAIQAAAIMGEABPAAAAMAYAABQAAACDBhAATwAAADAGAAAhAAAAFgsQAEYAAACJAgAAGQAAAJgvikKRRDdxz/vAtaXbtelbwlY58RHxWaSCP5LVXhyrmKoH2AFbgxK+hTEkw30MVXRdvnL+sd6Apwbcm3Txm8HBaZvkhke+78adwQ/MoQwkbyzpLaqEdErcqbBc2oj5dlJRPphtxjGoyCcDsMd/Wb/zC+DGR5Gn1VFjygZnKSkUhQq3JzghGy78bSxNEw04U1RzCmW7Cmp2LsnCgYUscpKh6L+iS2YaqHCLS8KjUWzHGeiS0SQGmdaFNQ70cKBqEBbBpBkIbDceTHdIJ7W8sDSzDBw5SqrYTk/KnFvzby5o7oKPdG9jpXgUeMiECALHjPr/vpDrbFCk96P5vvJ4ccbHBBAARgAAAA0AAAAaAAAAxwQQAEYAAAANAAAAIwAAACKuKNeYL4pCzWXvI5FEN3EvO03sz/vAtbzbiYGl27XpOLVI81vCVjkZ0AW28RHxWZtPGa+kgj+SGIFt2tVeHKtCAgOjmKoH2L5vcEUBW4MSjLLkTr6FMSTitP/Vw30MVW+Je/J0Xb5ysZYWO/6x3oA1Esclpwbcm5Qmac908ZvB0krxnsFpm+TjJU84hke+77XVjIvGncEPZZysd8yhDCR1AitZbyzpLYPkpm6qhHRK1PtBvdypsFy1UxGD2oj5dqvfZu5SUT6YEDK0LW3GMag/IfuYyCcDsOQO777Hf1m/wo+oPfML4MYlpwqTR5Gn1W+CA+BRY8oGcG4OCmcpKRT8L9JGhQq3JybJJlw4IRsu7SrEWvxtLE3fs5WdEw04U95jr4tUcwplqLJ3PLsKanbmru1HLsnCgTs1ghSFLHKSZAPxTKHov6IBMEK8S2YaqJGX+NBwi0vCML5UBqNRbMcYUu/WGeiS0RCpZVUkBpnWKiBxV4U1DvS40bsycKBqEMjQ0rgWwaQZU6tBUQhsNx6Z647fTHdIJ6hIm+G1vLA0Y1rJxbMMHDnLikHjSqrYTnPjY3dPypxbo7iy1vNvLmj8su9d7oKPdGAvF0NvY6V4cqvwoRR4yITsOWQaCALHjCgeYyP6/76Q6b2C3utsUKQVecay96P5vitTcuPyeHHGnGEm6s4+J8oHwsAhx7iG0R7r4M3WfdrqeNFu7n9PffW6bxdyqmfwBqaYyKLFfWMKrg35vgSYPxEbRxwTNQtxG4R9BCP1d9sokyTHQHuryjK8vskVCr6ePEwNEJzEZx1DtkI+y77UxUwqfmX8nCl/Wez61jqrb8tfF1hHSowZRGwOBRAARgAAAA4AAAAaAAAADgUQAEYAAAAOAAAAIwAAAGFzc2VydGlvbiBmYWlsZWQ6IHBzaXplID49IHNpemUgKyBtaW5fb3ZlcmhlYWQAAF0LEAAqAAAAsQQAAAkAAABhc3NlcnRpb24gZmFpbGVkOiBwc2l6ZSA8PSBzaXplICsgbWF4X292ZXJoZWFkAABdCxAAKgAAALcEAAANAAAAbnVsbCBwb2ludGVyIHBhc3NlZCB0byBydXN0VHJpZWQgdG8gc2hyaW5rIHRvIGEgbGFyZ2VyIGNhcGFjaXR5AFkKEABQAAAALAMAAAkAAABpbmYtaW5mTmFOAEHfjMEAC+oGgAAAAAAAAACgAAAAAAAAAMgAAAAAAAAA+gAAAAAAAECcAAAAAAAAUMMAAAAAAAAk9AAAAAAAgJaYAAAAAAAgvL4AAAAAAChr7gAAAAAA+QKVAAAAAEC3Q7oAAAAAEKXU6AAAAAAq54SRAAAAgPQg5rUAAACgMalf4wAAAAS/yRuOAAAAxS68orEAAEB2OmsL3gAA6IkEI8eKAABirMXreK0AgHoXtybX2ACQrG4yeIaHALRXCj8WaKkAoe3MzhvC06CEFEBhUVmEyKUZkLmlb6U6DyD0J4/Lzm8bjigQVI6v2k3kXq7w7AdK+5/0mCdEsZ13Qd/PEc2ZB++ZhQs//rIVqrTc5qcfhmO+WgYLpby0qlNrdXoH7Q8IvywpVWR/tkPVsRdMyDsa+zvvacKHRrhCp+5AT1FdPevd5FBGGhK6E+RsYWJN85Lqryi27ybiu4w2VQr3iQSJD2DLBem4tr0hycG7h+kAVJZfmoR424+/NNC9cgRSmN4nipKVAJptwZSCFw88Bbd1AAAAAAAAUMMAAAAAAAAAAAXjTDYSGTfFAAAAAAAAKGzWqoCd7/Aix/Z+ubfSOk1CTMhx1W2TE8nqOB7NGTq8AxxVqwGADAnLxiwH07/1rVyhkAgTN2gDzRCMesOHqNs2Lu8HEsKyAs+89ANe5Gf5lMeF12lu+AbRUrq+Adc2M+F8oBw0qEUQ01GgCRIRSN4eMVZ4hfqmHtVmpT5/InQqVTPxyroPKTLXlkCtR3kXfKl0CDjHsdhK2bwieK6BUjcYPzZOCkAYAAAAZAAAQAAgJAAAAAAAAAAMgBPIgh/gTF4P9jDXGwAAAAAAAAD8//fN2AGCbtE/zUABJWTbDQ0AAAAkBBRAOHFTtB14EQAAAAAwMDAxMDIwMzA0MDUwNjA3MDgwOTEwMTExMjEzMTQxNTE2MTcxODE5MjAyMTIyMjMyNDI1MjYyNzI4MjkzMDMxMzIzMzM0MzUzNjM3MzgzOTQwNDE0MjQzNDQ0NTQ2NDc0ODQ5NTA1MTUyNTM1NDU1NTY1NzU4NTk2MDYxNjI2MzY0NjU2NjY3Njg2OTcwNzE3MjczNzQ3NTc2Nzc3ODc5ODA4MTgyODM4NDg1ODY4Nzg4ODk5MDkxOTI5Mzk0OTU5Njk3OTg5OZAEAABQAAAAhABBzJPBAAspAgAAAGUAAAACAAAAZgAAAAIAAABnAAAAAgAAAGgAAAAAAAAAaQAAAHIAQYCUwQALCQIAAACEAAAABACUAQ90YXJnZXRfZmVhdHVyZXMIKw9tdXRhYmxlLWdsb2JhbHMrE25vbnRyYXBwaW5nLWZwdG9pbnQrC2J1bGstbWVtb3J5KwhzaWduLWV4dCsPcmVmZXJlbmNlLXR5cGVzKwptdWx0aXZhbHVlKw9idWxrLW1lbW9yeS1vcHQrFmNhbGwtaW5kaXJlY3Qtb3Zlcmxvbmc=';
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

async function showImage(bundleP, settings, name, slot, rec, isCurrent) {
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
    mark('fetch ' + name);
    const ct = await fetchHostBytes(joinUrl(settings.bundle, 'o/' + choice.id), 'object_missing');
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
  rec.done = Promise.all(slots.map((slot, i) => showImage(bundleP, cfg, cfg.images[i], slot, rec, isCurrent))).then(
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
